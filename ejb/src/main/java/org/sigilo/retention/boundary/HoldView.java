package org.sigilo.retention.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.sigilo.retention.entity.LegalHold;

/** A legal hold, in force or released, with its scope in words ({@code scope}). */
public record HoldView(
    long id,
    String matter,
    String reason,
    String customerReference,
    String recordClass,
    LocalDate occurredFrom,
    LocalDate occurredTo,
    List<Long> recordIds,
    String scope,
    boolean inForce,
    String placedBy,
    Instant placedAt,
    String releasedBy,
    Instant releasedAt,
    String releaseReason) {

  static HoldView of(LegalHold hold) {
    List<Long> ids = hold.recordIds().stream().sorted().toList();
    return new HoldView(
        hold.id(),
        hold.matter(),
        hold.reason(),
        hold.customerReference(),
        hold.recordClass(),
        hold.occurredFrom(),
        hold.occurredTo(),
        ids,
        scope(hold, ids),
        hold.inForce(),
        hold.placedBy(),
        hold.placedAt(),
        hold.releasedBy(),
        hold.releasedAt(),
        hold.releaseReason());
  }

  private static String scope(LegalHold hold, List<Long> ids) {
    if (hold.byRecords()) {
      return (ids.size() == 1 ? "record " : "records ")
          + String.join(", ", ids.stream().map(String::valueOf).toList());
    }
    StringBuilder scope = new StringBuilder("calls");
    if (hold.customerReference() != null) {
      scope.append(" of customer ").append(hold.customerReference());
    }
    if (hold.recordClass() != null) {
      scope.append(" in class ").append(hold.recordClass());
    }
    if (hold.occurredFrom() != null) {
      scope.append(" from ").append(hold.occurredFrom());
    }
    if (hold.occurredTo() != null) {
      scope.append(" until ").append(hold.occurredTo());
    }
    return scope.toString();
  }
}

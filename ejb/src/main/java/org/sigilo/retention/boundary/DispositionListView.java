package org.sigilo.retention.boundary;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A disposition list and where its review stands, with how many records it holds by decision and
 * whether its approval needs a second person (some record to destroy is of a two-person class).
 */
public record DispositionListView(
    long id,
    String status,
    LocalDate dueOnOrBefore,
    String createdBy,
    Instant createdAt,
    Instant sweptAt,
    String submittedBy,
    Instant submittedAt,
    String approvedBy,
    Instant approvedAt,
    String returnedReason,
    String withdrawnReason,
    long toDestroy,
    long undecided,
    long excluded,
    long held,
    boolean twoPersonRule) {

  public long total() {
    return toDestroy + undecided + excluded + held;
  }
}

package org.sigilo.retention.boundary;

import java.time.Instant;
import org.sigilo.retention.entity.RetentionSchedule;

/** One version of a retention schedule; {@code triggerEvent} null means the call date. */
public record ScheduleView(
    long id,
    String recordClass,
    int version,
    String period,
    String triggerEvent,
    String disposition,
    boolean twoPersonRule,
    String authority,
    String createdBy,
    Instant createdAt,
    Instant supersededAt) {

  static ScheduleView of(RetentionSchedule schedule) {
    return new ScheduleView(
        schedule.id(),
        schedule.recordClass(),
        schedule.version(),
        schedule.rule().period(),
        schedule.rule().triggerEvent(),
        schedule.disposition().name(),
        schedule.twoPersonRule(),
        schedule.authority(),
        schedule.createdBy(),
        schedule.createdAt(),
        schedule.supersededAt());
  }

  /** "P7Y from the call date" or "P5Y from account-closure". */
  public String rule() {
    return period + " from " + (triggerEvent == null ? "the call date" : triggerEvent);
  }
}

package org.sigilo.retention.boundary;

import java.time.LocalDate;
import java.util.List;

/**
 * When a call record is due and why: the schedule version in force for its class, the date its
 * clock started (null while it waits for its trigger event), its due date, and the holds in force
 * on it. {@code explanation} says it in one sentence.
 */
public record RetentionStatus(
    long callId,
    String recordClass,
    ScheduleView schedule,
    LocalDate triggerDate,
    LocalDate dueOn,
    List<HoldSummary> holds,
    List<CallEventView> events,
    String explanation) {

  public boolean held() {
    return !holds.isEmpty();
  }
}

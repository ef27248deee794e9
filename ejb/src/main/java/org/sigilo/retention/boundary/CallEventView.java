package org.sigilo.retention.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.sigilo.retention.entity.CallEvent;

/** An event recorded on a call (e.g. account-closure on a date), by whom and when. */
public record CallEventView(
    long callId, String eventType, LocalDate occurredOn, String recordedBy, Instant recordedAt) {

  static CallEventView of(CallEvent event) {
    return new CallEventView(
        event.callId(),
        event.eventType(),
        event.occurredOn(),
        event.recordedBy(),
        event.recordedAt());
  }
}

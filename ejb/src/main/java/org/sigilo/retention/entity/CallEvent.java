package org.sigilo.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An event that starts a retention clock for a call (e.g. the customer's account was closed on a
 * date). One date per call and event; recorded by whom and when.
 */
@Entity
@Table(name = "call_event")
@IdClass(CallEvent.Key.class)
@NamedQuery(
    name = CallEvent.OF_CALL,
    query = "SELECT e FROM CallEvent e WHERE e.callId = :callId ORDER BY e.occurredOn, e.eventType")
public class CallEvent {

  public static final String OF_CALL = "CallEvent.ofCall";

  @Id
  @Column(name = "call_id")
  private long callId;

  @Id
  @Column(name = "event_type", length = 64)
  private String eventType;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(name = "recorded_by", nullable = false, length = 64)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected CallEvent() {}

  public CallEvent(
      long callId, String eventType, LocalDate occurredOn, String recordedBy, Instant recordedAt) {
    this.callId = callId;
    this.eventType = Objects.requireNonNull(eventType);
    this.occurredOn = Objects.requireNonNull(occurredOn);
    this.recordedBy = Objects.requireNonNull(recordedBy);
    this.recordedAt = Objects.requireNonNull(recordedAt);
  }

  public long callId() {
    return callId;
  }

  public String eventType() {
    return eventType;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt;
  }

  /** The composite key: call and event. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long callId;
    private String eventType;

    public Key() {}

    public Key(long callId, String eventType) {
      this.callId = callId;
      this.eventType = eventType;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.callId == callId && eventType.equals(key.eventType);
    }

    @Override
    public int hashCode() {
      return Objects.hash(callId, eventType);
    }
  }
}

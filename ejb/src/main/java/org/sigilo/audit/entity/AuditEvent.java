package org.sigilo.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened, by whom, to what, with which outcome. Never carries confidential content
 * (no summaries, notes, answers or codes). Immutable once written: there are no setters, on
 * PostgreSQL the application's role may not UPDATE or DELETE its table, and {@link #eventHash()}
 * covers every field plus the previous event's hash, so a changed or removed event breaks the
 * chain.
 */
@Entity
@Table(name = "audit_event")
@NamedQuery(
    name = AuditEvent.PAGE_AFTER,
    query =
        "SELECT e FROM AuditEvent e WHERE e.sequenceNumber > :after AND e.sequenceNumber <= :upTo"
            + " ORDER BY e.sequenceNumber")
@NamedQuery(
    name = AuditEvent.NEWEST_FIRST,
    query = "SELECT e FROM AuditEvent e ORDER BY e.sequenceNumber DESC")
@NamedQuery(name = AuditEvent.COUNT, query = "SELECT COUNT(e) FROM AuditEvent e")
public class AuditEvent {

  public static final String PAGE_AFTER = "AuditEvent.pageAfter";
  public static final String NEWEST_FIRST = "AuditEvent.newestFirst";
  public static final String COUNT = "AuditEvent.count";

  public static final int MAX_DETAILS = 2000;

  @Id
  @Column(name = "sequence_number")
  private long sequenceNumber;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 128)
  private String actor;

  @Column(name = "action", nullable = false, length = 64)
  private String action;

  @Column(name = "target", length = 256)
  private String target;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome", nullable = false, length = 16)
  private Outcome outcome;

  @Column(name = "details", length = MAX_DETAILS)
  private String details;

  @Column(name = "previous_hash", nullable = false, length = 64)
  private String previousHash;

  @Column(name = "event_hash", nullable = false, length = 64)
  private String eventHash;

  protected AuditEvent() {}

  /** Use {@code AuditChain.append} to create events: it assigns sequence and hashes. */
  public AuditEvent(
      long sequenceNumber,
      Instant occurredAt,
      String actor,
      String action,
      String target,
      Outcome outcome,
      String details,
      String previousHash,
      String eventHash) {
    this.sequenceNumber = sequenceNumber;
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.action = Objects.requireNonNull(action, "action");
    this.target = target;
    this.outcome = Objects.requireNonNull(outcome, "outcome");
    this.details = details;
    this.previousHash = Objects.requireNonNull(previousHash, "previousHash");
    this.eventHash = Objects.requireNonNull(eventHash, "eventHash");
  }

  public long sequenceNumber() {
    return sequenceNumber;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String action() {
    return action;
  }

  public String target() {
    return target;
  }

  public Outcome outcome() {
    return outcome;
  }

  public String details() {
    return details;
  }

  public String previousHash() {
    return previousHash;
  }

  public String eventHash() {
    return eventHash;
  }
}

package org.sigilo.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.sigilo.retention.control.RetentionRule;

/**
 * One version of a record class's retention schedule. Versions are never edited: a change is a new
 * version, and the one before gets a superseded time, so every decision that names a version keeps
 * meaning what it meant.
 */
@Entity
@Table(name = "retention_schedule")
@NamedQuery(
    name = RetentionSchedule.CURRENT,
    query = "SELECT s FROM RetentionSchedule s WHERE s.supersededAt IS NULL ORDER BY s.recordClass")
@NamedQuery(
    name = RetentionSchedule.CURRENT_FOR_CLASS,
    query =
        "SELECT s FROM RetentionSchedule s WHERE s.recordClass = :recordClass"
            + " AND s.supersededAt IS NULL")
@NamedQuery(
    name = RetentionSchedule.HISTORY,
    query =
        "SELECT s FROM RetentionSchedule s WHERE s.recordClass = :recordClass"
            + " ORDER BY s.version DESC")
public class RetentionSchedule {

  public static final String CURRENT = "RetentionSchedule.current";
  public static final String CURRENT_FOR_CLASS = "RetentionSchedule.currentForClass";
  public static final String HISTORY = "RetentionSchedule.history";

  @Id
  @SequenceGenerator(
      name = "retention_schedule_seq",
      sequenceName = "retention_schedule_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_schedule_seq")
  private Long id;

  @Column(name = "record_class", nullable = false, length = 64)
  private String recordClass;

  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "retention_period", nullable = false, length = 32)
  private String retentionPeriod;

  @Column(name = "period_months", nullable = false)
  private int periodMonths;

  @Column(name = "period_days", nullable = false)
  private int periodDays;

  @Column(name = "trigger_event", length = 64)
  private String triggerEvent;

  @Enumerated(EnumType.STRING)
  @Column(name = "disposition", nullable = false, length = 16)
  private Disposition disposition;

  @Column(name = "two_person_rule", nullable = false)
  private boolean twoPersonRule;

  @Column(name = "authority", nullable = false, length = 500)
  private String authority;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "superseded_at")
  private Instant supersededAt;

  protected RetentionSchedule() {}

  public RetentionSchedule(
      String recordClass,
      int version,
      RetentionRule rule,
      Disposition disposition,
      boolean twoPersonRule,
      String authority,
      String createdBy,
      Instant createdAt) {
    this.recordClass = Objects.requireNonNull(recordClass);
    this.version = version;
    this.retentionPeriod = rule.period();
    this.periodMonths = rule.months();
    this.periodDays = rule.days();
    this.triggerEvent = rule.triggerEvent();
    this.disposition = Objects.requireNonNull(disposition);
    this.twoPersonRule = twoPersonRule;
    this.authority = Objects.requireNonNull(authority);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** Marks this version as replaced by a newer one; it stays as it was for past decisions. */
  public void supersede(Instant at) {
    if (supersededAt != null) {
      throw new IllegalStateException("Version " + version + " was already superseded");
    }
    supersededAt = at;
  }

  public RetentionRule rule() {
    return new RetentionRule(retentionPeriod, periodMonths, periodDays, triggerEvent);
  }

  public Long id() {
    return id;
  }

  public String recordClass() {
    return recordClass;
  }

  public int version() {
    return version;
  }

  public Disposition disposition() {
    return disposition;
  }

  public boolean twoPersonRule() {
    return twoPersonRule;
  }

  public String authority() {
    return authority;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant supersededAt() {
    return supersededAt;
  }
}

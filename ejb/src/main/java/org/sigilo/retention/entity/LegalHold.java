package org.sigilo.retention.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A legal hold: a named matter with a reason, covering either explicit records or every record that
 * matches all of its criteria (customer reference, record class, call dates). While it is in force
 * no record it covers can be destroyed; it is released with a reason, never deleted.
 */
@Entity
@Table(name = "legal_hold")
@NamedQuery(
    name = LegalHold.ALL,
    query = "SELECT h FROM LegalHold h ORDER BY h.releasedAt DESC NULLS FIRST, h.id DESC")
@NamedQuery(
    name = LegalHold.IN_FORCE,
    query = "SELECT h FROM LegalHold h WHERE h.releasedAt IS NULL ORDER BY h.id")
public class LegalHold {

  public static final String ALL = "LegalHold.all";
  public static final String IN_FORCE = "LegalHold.inForce";

  @Id
  @SequenceGenerator(name = "legal_hold_seq", sequenceName = "legal_hold_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_hold_seq")
  private Long id;

  @Column(name = "matter", nullable = false, length = 200)
  private String matter;

  @Column(name = "reason", nullable = false, length = 2000)
  private String reason;

  @Column(name = "by_records", nullable = false)
  private boolean byRecords;

  @Column(name = "customer_reference", length = 64)
  private String customerReference;

  @Column(name = "record_class", length = 64)
  private String recordClass;

  @Column(name = "occurred_from")
  private LocalDate occurredFrom;

  @Column(name = "occurred_to")
  private LocalDate occurredTo;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "legal_hold_record", joinColumns = @JoinColumn(name = "hold_id"))
  @Column(name = "record_id")
  private Set<Long> recordIds = new TreeSet<>();

  @Column(name = "placed_by", nullable = false, length = 64)
  private String placedBy;

  @Column(name = "placed_at", nullable = false)
  private Instant placedAt;

  @Column(name = "released_by", length = 64)
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "release_reason", length = 2000)
  private String releaseReason;

  protected LegalHold() {}

  /** A hold on explicit records. */
  public static LegalHold onRecords(
      String matter, String reason, Set<Long> recordIds, String placedBy, Instant placedAt) {
    LegalHold hold = new LegalHold(matter, reason, placedBy, placedAt);
    hold.byRecords = true;
    hold.recordIds.addAll(recordIds);
    return hold;
  }

  /** A hold on every record matching all the given criteria (nulls match anything). */
  public static LegalHold matching(
      String matter,
      String reason,
      String customerReference,
      String recordClass,
      LocalDate occurredFrom,
      LocalDate occurredTo,
      String placedBy,
      Instant placedAt) {
    LegalHold hold = new LegalHold(matter, reason, placedBy, placedAt);
    hold.customerReference = customerReference;
    hold.recordClass = recordClass;
    hold.occurredFrom = occurredFrom;
    hold.occurredTo = occurredTo;
    return hold;
  }

  private LegalHold(String matter, String reason, String placedBy, Instant placedAt) {
    this.matter = Objects.requireNonNull(matter);
    this.reason = Objects.requireNonNull(reason);
    this.placedBy = Objects.requireNonNull(placedBy);
    this.placedAt = Objects.requireNonNull(placedAt);
  }

  public void release(String by, String why, Instant at) {
    if (releasedAt != null) {
      throw new IllegalStateException("Hold " + id + " was already released");
    }
    this.releasedBy = Objects.requireNonNull(by);
    this.releaseReason = Objects.requireNonNull(why);
    this.releasedAt = Objects.requireNonNull(at);
  }

  public boolean inForce() {
    return releasedAt == null;
  }

  public Long id() {
    return id;
  }

  public String matter() {
    return matter;
  }

  public String reason() {
    return reason;
  }

  public boolean byRecords() {
    return byRecords;
  }

  public String customerReference() {
    return customerReference;
  }

  public String recordClass() {
    return recordClass;
  }

  public LocalDate occurredFrom() {
    return occurredFrom;
  }

  public LocalDate occurredTo() {
    return occurredTo;
  }

  public Set<Long> recordIds() {
    return Set.copyOf(recordIds);
  }

  public String placedBy() {
    return placedBy;
  }

  public Instant placedAt() {
    return placedAt;
  }

  public String releasedBy() {
    return releasedBy;
  }

  public Instant releasedAt() {
    return releasedAt;
  }

  public String releaseReason() {
    return releaseReason;
  }
}

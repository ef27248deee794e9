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
import java.time.LocalDate;
import java.util.Objects;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.StateConflictException;

/**
 * What one retention sweep found due on or before a date, and where its review stands: in review,
 * submitted by a records manager, approved (or returned) by legal, or withdrawn. Its state changes
 * only through the methods below, which refuse the moves the review process does not allow.
 */
@Entity
@Table(name = "disposition_list")
@NamedQuery(
    name = DispositionList.NEWEST_FIRST,
    query = "SELECT l FROM DispositionList l ORDER BY l.id DESC")
@NamedQuery(
    name = DispositionList.OF_JOB_INSTANCE,
    query = "SELECT l FROM DispositionList l WHERE l.jobInstanceId = :jobInstanceId")
public class DispositionList {

  public static final String NEWEST_FIRST = "DispositionList.newestFirst";
  public static final String OF_JOB_INSTANCE = "DispositionList.ofJobInstance";

  @Id
  @SequenceGenerator(
      name = "disposition_list_seq",
      sequenceName = "disposition_list_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disposition_list_seq")
  private Long id;

  @Column(name = "job_instance_id", nullable = false, unique = true)
  private long jobInstanceId;

  @Column(name = "due_on_or_before", nullable = false)
  private LocalDate dueOnOrBefore;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private ListStatus status;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "swept_at")
  private Instant sweptAt;

  @Column(name = "submitted_by", length = 64)
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "approved_by", length = 64)
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "returned_reason", length = 2000)
  private String returnedReason;

  @Column(name = "withdrawn_reason", length = 2000)
  private String withdrawnReason;

  protected DispositionList() {}

  public DispositionList(
      long jobInstanceId, LocalDate dueOnOrBefore, String createdBy, Instant createdAt) {
    this.jobInstanceId = jobInstanceId;
    this.dueOnOrBefore = Objects.requireNonNull(dueOnOrBefore);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
    this.status = ListStatus.SWEEPING;
  }

  public void swept(Instant at) {
    require(ListStatus.SWEEPING, "finish-sweeping");
    status = ListStatus.IN_REVIEW;
    sweptAt = at;
  }

  public void submit(String by, Instant at) {
    require(ListStatus.IN_REVIEW, "submit");
    status = ListStatus.SUBMITTED;
    submittedBy = by;
    submittedAt = at;
    returnedReason = null;
  }

  public void approve(String by, Instant at) {
    require(ListStatus.SUBMITTED, "approve");
    status = ListStatus.APPROVED;
    approvedBy = by;
    approvedAt = at;
  }

  /** Legal sends a submitted list back to review, saying why. */
  public void sendBack(String reason) {
    require(ListStatus.SUBMITTED, "send-back");
    status = ListStatus.IN_REVIEW;
    returnedReason = reason;
    submittedBy = null;
    submittedAt = null;
  }

  public void withdraw(String reason) {
    require(ListStatus.IN_REVIEW, "withdraw");
    status = ListStatus.WITHDRAWN;
    withdrawnReason = reason;
  }

  /** A records-destruction run starts on the list (again, after one that left failures). */
  public void startDestruction() {
    if (!isDestroyable()) {
      throw new StateConflictException(
          Message.of("refusal.dispositions.not-destroyable", id, status.words()));
    }
    status = ListStatus.DESTROYING;
  }

  /** Approved, or partly destroyed (a new run retries what failed): destruction may start. */
  public boolean isDestroyable() {
    return status == ListStatus.APPROVED || status == ListStatus.PARTLY_DESTROYED;
  }

  /** The run ended: destroyed, or partly when some records could not be destroyed. */
  public void destructionFinished(boolean everyRecordDestroyed) {
    require(ListStatus.DESTROYING, "finish-destruction");
    status = everyRecordDestroyed ? ListStatus.DESTROYED : ListStatus.PARTLY_DESTROYED;
  }

  /** A sweep that never finished, replaced by a newer one: nobody reviews this list. */
  public void abandon(String reason) {
    require(ListStatus.SWEEPING, "be-abandoned");
    status = ListStatus.WITHDRAWN;
    withdrawnReason = reason;
  }

  private void require(ListStatus expected, String action) {
    if (status != expected) {
      throw new StateConflictException(
          Message.of(
              "refusal.dispositions.wrong-state",
              id,
              status.words(),
              expected.words(),
              Message.of("refusal.list-action." + action)));
    }
  }

  public Long id() {
    return id;
  }

  public long jobInstanceId() {
    return jobInstanceId;
  }

  public LocalDate dueOnOrBefore() {
    return dueOnOrBefore;
  }

  public ListStatus status() {
    return status;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant sweptAt() {
    return sweptAt;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String approvedBy() {
    return approvedBy;
  }

  public Instant approvedAt() {
    return approvedAt;
  }

  public String returnedReason() {
    return returnedReason;
  }

  public String withdrawnReason() {
    return withdrawnReason;
  }
}

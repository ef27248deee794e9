package org.sigilo.destruction.entity;

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

/**
 * One execution of the records-destruction job over an approved disposition list (a restart
 * continues the same run). Invariants: it belongs to one job instance; its partition count and
 * overwrite passes are fixed when it starts, so a restart splits and destroys the same way.
 */
@Entity
@Table(name = "destruction_run")
@NamedQuery(
    name = DestructionRun.OF_JOB_INSTANCE,
    query = "SELECT r FROM DestructionRun r WHERE r.jobInstanceId = :jobInstanceId")
@NamedQuery(
    name = DestructionRun.OF_LIST,
    query = "SELECT r FROM DestructionRun r WHERE r.listId = :listId ORDER BY r.id")
public class DestructionRun {

  public static final String OF_JOB_INSTANCE = "DestructionRun.ofJobInstance";
  public static final String OF_LIST = "DestructionRun.ofList";

  @Id
  @SequenceGenerator(
      name = "destruction_run_seq",
      sequenceName = "destruction_run_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "destruction_run_seq")
  private Long id;

  @Column(name = "list_id", nullable = false)
  private long listId;

  @Column(name = "job_instance_id", nullable = false, unique = true)
  private long jobInstanceId;

  @Column(name = "partitions", nullable = false)
  private int partitions;

  @Column(name = "overwrite_passes", nullable = false)
  private int overwritePasses;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 24)
  private RunStatus status;

  @Column(name = "started_by", nullable = false, length = 64)
  private String startedBy;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "selected_at")
  private Instant selectedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "epoch_keys_destroyed", length = 4000)
  private String epochKeysDestroyed;

  protected DestructionRun() {}

  public DestructionRun(
      long listId,
      long jobInstanceId,
      int partitions,
      int overwritePasses,
      String startedBy,
      Instant startedAt) {
    if (partitions < 1 || overwritePasses < 1) {
      throw new IllegalArgumentException("A run has at least one partition and one pass");
    }
    this.listId = listId;
    this.jobInstanceId = jobInstanceId;
    this.partitions = partitions;
    this.overwritePasses = overwritePasses;
    this.startedBy = Objects.requireNonNull(startedBy);
    this.startedAt = Objects.requireNonNull(startedAt);
    this.status = RunStatus.DESTROYING;
  }

  /** Its records are frozen (and their holds checked). */
  public void selected(Instant at) {
    selectedAt = at;
  }

  public void epochKeysDestroyed(String epochs) {
    epochKeysDestroyed = epochs;
  }

  public void finished(boolean everyRecordDestroyed, Instant at) {
    if (status == RunStatus.DESTROYING) {
      status = everyRecordDestroyed ? RunStatus.COMPLETED : RunStatus.COMPLETED_WITH_FAILURES;
      finishedAt = at;
    }
  }

  public Long id() {
    return id;
  }

  public long listId() {
    return listId;
  }

  public long jobInstanceId() {
    return jobInstanceId;
  }

  public int partitions() {
    return partitions;
  }

  public int overwritePasses() {
    return overwritePasses;
  }

  public RunStatus status() {
    return status;
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant selectedAt() {
    return selectedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }

  public String epochKeysDestroyed() {
    return epochKeysDestroyed;
  }
}

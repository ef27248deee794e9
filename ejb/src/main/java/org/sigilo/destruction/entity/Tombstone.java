package org.sigilo.destruction.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What remains of a destroyed record: metadata only, never its content. Written once, in the same
 * transaction that destroys the record's data key and deletes its rows; keyed by the record's id,
 * so no record can be destroyed (or certified) twice. The customer reference is kept only when the
 * organization's policy allows ({@code sigilo.tombstone.customer-reference}).
 */
@Entity
@Table(name = "tombstone")
@NamedQuery(
    name = Tombstone.OF_RUN,
    query = "SELECT t FROM Tombstone t WHERE t.runId = :runId ORDER BY t.recordId")
public class Tombstone {

  public static final String OF_RUN = "Tombstone.ofRun";

  @Id
  @Column(name = "record_id")
  private long recordId;

  @Column(name = "run_id", nullable = false)
  private long runId;

  @Column(name = "record_class", nullable = false, length = 64)
  private String recordClass;

  @Column(name = "customer_reference", length = 64)
  private String customerReference;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "documented_at", nullable = false)
  private Instant documentedAt;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "schedule_id", nullable = false)
  private long scheduleId;

  @Column(name = "schedule_version", nullable = false)
  private int scheduleVersion;

  @Column(name = "hold_check", nullable = false, length = 200)
  private String holdCheck;

  @Column(name = "key_epoch", nullable = false, length = 16)
  private String keyEpoch;

  @Column(name = "files", nullable = false)
  private int files;

  @Column(name = "file_bytes", nullable = false)
  private long fileBytes;

  @Column(name = "overwrite_passes", nullable = false)
  private int overwritePasses;

  @Column(name = "destroyed_at", nullable = false)
  private Instant destroyedAt;

  protected Tombstone() {}

  public long recordId() {
    return recordId;
  }

  public long runId() {
    return runId;
  }

  public String recordClass() {
    return recordClass;
  }

  public String customerReference() {
    return customerReference;
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public Instant documentedAt() {
    return documentedAt;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public long scheduleId() {
    return scheduleId;
  }

  public int scheduleVersion() {
    return scheduleVersion;
  }

  public String holdCheck() {
    return holdCheck;
  }

  public String keyEpoch() {
    return keyEpoch;
  }

  public int files() {
    return files;
  }

  public long fileBytes() {
    return fileBytes;
  }

  public int overwritePasses() {
    return overwritePasses;
  }

  public Instant destroyedAt() {
    return destroyedAt;
  }
}

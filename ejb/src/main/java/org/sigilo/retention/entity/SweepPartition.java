package org.sigilo.retention.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One partition of a retention sweep: the id range it covers (fixed when the sweep is planned, so a
 * restart covers exactly the same ranges), how many records are in it, and how far it got. The
 * counters are updated in each chunk's transaction, so they never run ahead of committed work.
 */
@Entity
@Table(name = "sweep_partition")
@IdClass(SweepPartition.Key.class)
@NamedQuery(
    name = SweepPartition.OF_LIST,
    query = "SELECT p FROM SweepPartition p WHERE p.listId = :listId ORDER BY p.partitionNo")
public class SweepPartition {

  public static final String OF_LIST = "SweepPartition.ofList";

  @Id
  @Column(name = "list_id")
  private long listId;

  @Id
  @Column(name = "partition_no")
  private int partitionNo;

  @Column(name = "first_id", nullable = false)
  private long firstId;

  @Column(name = "last_id", nullable = false)
  private long lastId;

  @Column(name = "total", nullable = false)
  private long total;

  @Column(name = "read_count", nullable = false)
  private long readCount;

  @Column(name = "write_count", nullable = false)
  private long writeCount;

  @Column(name = "commit_count", nullable = false)
  private long commitCount;

  @Column(name = "last_read_id")
  private Long lastReadId;

  protected SweepPartition() {}

  public SweepPartition(long listId, int partitionNo, long firstId, long lastId, long total) {
    this.listId = listId;
    this.partitionNo = partitionNo;
    this.firstId = firstId;
    this.lastId = lastId;
    this.total = total;
  }

  public long listId() {
    return listId;
  }

  public int partitionNo() {
    return partitionNo;
  }

  public long firstId() {
    return firstId;
  }

  public long lastId() {
    return lastId;
  }

  public long total() {
    return total;
  }

  public long readCount() {
    return readCount;
  }

  public long writeCount() {
    return writeCount;
  }

  public long commitCount() {
    return commitCount;
  }

  public Long lastReadId() {
    return lastReadId;
  }

  /** The composite key: list and partition number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long listId;
    private int partitionNo;

    public Key() {}

    public Key(long listId, int partitionNo) {
      this.listId = listId;
      this.partitionNo = partitionNo;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.listId == listId && key.partitionNo == partitionNo;
    }

    @Override
    public int hashCode() {
      return Objects.hash(listId, partitionNo);
    }
  }
}

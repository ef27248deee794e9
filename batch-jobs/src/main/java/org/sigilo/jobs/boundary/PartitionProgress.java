package org.sigilo.jobs.boundary;

import org.sigilo.retention.entity.SweepPartition;

/**
 * How far one partition of a sweep got: its id range, how many records it has, and the records
 * read, the due records listed and the chunks committed so far (counted in each chunk's own
 * transaction).
 */
public record PartitionProgress(
    int partition, long firstId, long lastId, long total, long read, long listed, long commits) {

  /** The progress a sweep partition committed so far. */
  static PartitionProgress of(SweepPartition p) {
    return new PartitionProgress(
        p.partitionNo(),
        p.firstId(),
        p.lastId(),
        p.total(),
        p.readCount(),
        p.writeCount(),
        p.commitCount());
  }

  /** Whole percent of the partition's records read. */
  public int percent() {
    return total == 0 ? 100 : (int) Math.min(100, read * 100 / total);
  }
}

package org.sigilo.jobs.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One execution of a job as people follow it: status, exit status (which says what came out), times
 * and the step metrics summed over its steps (READ, WRITE, COMMIT, ...). For a retention sweep,
 * also the disposition list it fills and each partition's progress.
 */
public record JobRun(
    long executionId,
    String jobName,
    String batchStatus,
    String exitStatus,
    Instant startedAt,
    Instant endedAt,
    Map<String, Long> metrics,
    Long dispositionListId,
    List<PartitionProgress> partitions) {

  public boolean running() {
    return "STARTING".equals(batchStatus)
        || "STARTED".equals(batchStatus)
        || "STOPPING".equals(batchStatus);
  }

  public boolean restartable() {
    return "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
  }

  /** Records read of the total over all partitions, in whole percent; null when not a sweep. */
  public Integer percent() {
    if (partitions == null || partitions.isEmpty()) {
      return null;
    }
    long total = partitions.stream().mapToLong(PartitionProgress::total).sum();
    long read = partitions.stream().mapToLong(PartitionProgress::read).sum();
    return total == 0 ? 100 : (int) Math.min(100, read * 100 / total);
  }
}

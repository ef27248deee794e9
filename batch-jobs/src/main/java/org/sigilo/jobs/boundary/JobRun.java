package org.sigilo.jobs.boundary;

import jakarta.batch.runtime.BatchStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.sigilo.destruction.boundary.RunView;
import org.sigilo.destruction.entity.RunStatus;
import org.sigilo.jobs.control.Unfinished;

/**
 * One execution of a job as people follow it: status, exit status (which says what came out), times
 * and the step metrics summed over its steps (READ, WRITE, COMMIT, ...). For a retention sweep,
 * also the disposition list it fills and each partition's progress; for a records destruction, its
 * run (records by state, certificate). {@code interrupted}: the repository says it is running, but
 * the server that ran it stopped (crashed or was killed); it can be restarted.
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
    List<PartitionProgress> partitions,
    RunView destruction,
    boolean interrupted) {

  public boolean running() {
    return !interrupted && Unfinished.is(BatchStatus.valueOf(batchStatus));
  }

  /**
   * A failed or stopped execution, or one a stopped server left running; not a destruction whose
   * run finished (with records it could not destroy: destroying the list again retries them).
   */
  public boolean restartable() {
    if (destruction != null && !RunStatus.DESTROYING.name().equals(destruction.status())) {
      return false;
    }
    return interrupted || "FAILED".equals(batchStatus) || "STOPPED".equals(batchStatus);
  }

  /** The status to show: an interrupted execution says so. */
  public String status() {
    return interrupted ? batchStatus + " (server stopped; restart it)" : batchStatus;
  }

  /** Records read of the total over all partitions, in whole percent; null when not a sweep. */
  public Integer percent() {
    if (destruction != null) {
      return destruction.percent();
    }
    if (partitions == null || partitions.isEmpty()) {
      return null;
    }
    long total = partitions.stream().mapToLong(PartitionProgress::total).sum();
    long read = partitions.stream().mapToLong(PartitionProgress::read).sum();
    return total == 0 ? 100 : (int) Math.min(100, read * 100 / total);
  }
}

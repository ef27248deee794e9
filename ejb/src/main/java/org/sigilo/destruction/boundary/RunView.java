package org.sigilo.destruction.boundary;

import java.time.Instant;

/** A destruction run as people follow it: its records by state, and its certificate once issued. */
public record RunView(
    long runId,
    long listId,
    long jobInstanceId,
    String status,
    String startedBy,
    Instant startedAt,
    Instant finishedAt,
    long pending,
    long destroyed,
    long failed,
    long held,
    Long certificateNumber) {

  public long total() {
    return pending + destroyed + failed + held;
  }

  /** Records dealt with (destroyed, failed or held) of all, in whole percent. */
  public int percent() {
    long total = total();
    return total == 0 ? 100 : (int) ((total - pending) * 100 / total);
  }
}

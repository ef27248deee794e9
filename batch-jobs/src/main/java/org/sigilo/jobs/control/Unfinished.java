package org.sigilo.jobs.control;

import jakarta.batch.runtime.BatchStatus;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one test of whether an execution has not ended: starting, running or stopping. The job
 * repository still says so of an execution a stopped server left behind, so callers that must tell
 * a live execution from a leftover also ask whether this server started it.
 */
public final class Unfinished {

  /** The statuses of an execution that has not ended. */
  public static final Set<BatchStatus> STATUSES =
      EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  private Unfinished() {}

  public static boolean is(BatchStatus status) {
    return STATUSES.contains(status);
  }

  /** The statuses as an SQL list of literals, for statements over the job repository. */
  static String sqlList() {
    return STATUSES.stream().map(status -> "'" + status + "'").collect(Collectors.joining(", "));
  }
}

package org.sigilo.jobs.boundary;

import java.time.Instant;
import java.util.Map;

/**
 * One execution of a job as people follow it: status, exit status (which says what came out), times
 * and the step metrics summed over its steps (READ, WRITE, COMMIT, ...).
 */
public record JobRun(
    long executionId,
    String jobName,
    String batchStatus,
    String exitStatus,
    Instant startedAt,
    Instant endedAt,
    Map<String, Long> metrics) {}

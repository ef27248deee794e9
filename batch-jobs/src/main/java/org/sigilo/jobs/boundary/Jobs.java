package org.sigilo.jobs.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import java.util.Date;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.loading.LoadParameters;
import org.sigilo.users.entity.Role;

/**
 * Sigilo's batch jobs as one boundary, so that no other bean talks to {@link BatchRuntime}
 * directly. Starting a job is audited with who asked.
 */
@Stateless
public class Jobs {

  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());
  static final String LOAD_SYNTHETIC_CALLS = "load-synthetic-calls";

  @EJB AuditEvents auditEvents;
  @Resource SessionContext session;

  /**
   * Whether the batch runtime and its JDBC job repository answer: listing job names reads the
   * repository, so a missing or unreachable repository shows up here.
   */
  @PermitAll
  public boolean isRuntimeUp() {
    try {
      BatchRuntime.getJobOperator().getJobNames();
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Batch runtime is not answering", e);
      return false;
    }
  }

  /** Starts loading {@code count} synthetic calls (1 to 1,000,000); answers the execution id. */
  @RolesAllowed(Role.ADMIN_CODE)
  public long loadSyntheticCalls(String count, String seed) {
    Properties parameters = new Properties();
    try {
      parameters.setProperty(
          "count",
          Integer.toString(LoadParameters.whole("count", count, 1, LoadParameters.MAX_COUNT)));
      parameters.setProperty(
          "seed",
          Integer.toString(
              LoadParameters.whole("seed", seed == null ? "1" : seed, 0, Integer.MAX_VALUE)));
    } catch (IllegalArgumentException e) {
      throw new InvalidJobRequest(e.getMessage());
    }
    // Audited in its own transaction first: the batch runtime commits the start in one of its own,
    // so the job must never run without a record of who asked for it.
    auditEvents.recordIndependently(
        session.getCallerPrincipal().getName(),
        "job-requested",
        "job:" + LOAD_SYNTHETIC_CALLS,
        Outcome.SUCCESS,
        parameters.toString());
    return BatchRuntime.getJobOperator().start(LOAD_SYNTHETIC_CALLS, parameters);
  }

  /** An execution with its summed step metrics. */
  @RolesAllowed({Role.ADMIN_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public JobRun execution(long executionId) {
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      JobExecution execution = operator.getJobExecution(executionId);
      Map<String, Long> metrics = new TreeMap<>();
      for (StepExecution step : operator.getStepExecutions(executionId)) {
        for (Metric metric : step.getMetrics()) {
          metrics.merge(metric.getType().name(), metric.getValue(), Long::sum);
        }
      }
      return new JobRun(
          executionId,
          execution.getJobName(),
          execution.getBatchStatus().name(),
          execution.getExitStatus(),
          instant(execution.getStartTime()),
          instant(execution.getEndTime()),
          metrics);
    } catch (NoSuchJobExecutionException e) {
      throw new JobRunNotFound(executionId);
    }
  }

  private static java.time.Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}

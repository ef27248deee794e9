package org.sigilo.jobs.control;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.logging.Logger;
import org.sigilo.health.boundary.DatabaseHealth;

/**
 * Listens to every execution of Sigilo's jobs so that none fails silently: one that ends failed
 * without a reason (a step failed before its listeners ran, say because the database was down when
 * it started) gets one; each failed execution is logged once with its explanation, and handed to
 * {@link ExecutionEnds} so that the job repository says FAILED too when the batch runtime cannot
 * write it itself.
 */
@Dependent
@Named
public class FailedJobReporter implements JobListener {

  @Inject Logger log;

  @Inject JobContext jobContext;
  @EJB DatabaseHealth database;
  @EJB ExecutionEnds ends;

  @Override
  public void beforeJob() {}

  @Override
  public void afterJob() {
    if (jobContext.getBatchStatus() != BatchStatus.FAILED) {
      return;
    }
    if (!explained(jobContext)) {
      jobContext.setExitStatus(FailureExplanation.of(null, null, Instant.now(), database.isUp()));
    }
    log.warning(
        "Job "
            + jobContext.getJobName()
            + " execution "
            + jobContext.getExecutionId()
            + " failed: "
            + jobContext.getExitStatus());
    ends.ended(jobContext.getExecutionId());
  }

  /** Whether the job's exit status already says something more than the bare batch status. */
  static boolean explained(JobContext jobContext) {
    String exit = jobContext.getExitStatus();
    return exit != null && !exit.isBlank() && !"FAILED".equals(exit);
  }
}

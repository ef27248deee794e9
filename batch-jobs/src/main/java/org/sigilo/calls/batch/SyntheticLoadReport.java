package org.sigilo.calls.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;

/** Times the load and reports calls per second as the job's exit status, in the log and audit. */
@Dependent
@Named
public class SyntheticLoadReport extends AbstractJobListener {

  @Inject
  @BatchProperty(name = "count")
  long count;

  @Inject Logger log;
  @Inject JobContext jobContext;
  @EJB AuditEvents auditEvents;

  private long started;

  @Override
  public void beforeJob() {
    started = System.nanoTime();
  }

  @Override
  public void afterJob() {
    BatchStatus status = jobContext.getBatchStatus();
    if (status != BatchStatus.STARTED && status != BatchStatus.COMPLETED) {
      return; // failed or stopped: the batch status says so; nothing to report as loaded
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long calls = count;
    String report =
        String.format(
            java.util.Locale.ROOT,
            "Loaded %d calls in %.1f s (%.0f calls/s)",
            calls,
            seconds,
            calls / seconds);
    jobContext.setExitStatus(report);
    log.info(report);
    auditEvents.record(
        "system:load-synthetic-calls",
        "calls-loaded",
        "job:" + jobContext.getExecutionId(),
        Outcome.SUCCESS,
        report);
  }
}

package org.sigilo.destruction.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sigilo.certificates.control.Certification;
import org.sigilo.destruction.control.DestructionRuns;
import org.sigilo.destruction.entity.DestructionRun;

/**
 * Issues the run's signed certificate (once: a restart finds it issued), says in the job's exit
 * status what the run did, and ends the job failed when some records could not be destroyed, so
 * that nobody mistakes the run for a clean one (the step's exit status {@value #RECORDS_FAILED}
 * leads to the job XML's {@code fail}).
 */
@Dependent
@Named
public class CertificateIssuer extends AbstractBatchlet {

  /** The exit status of a run that left records it could not destroy. */
  static final String RECORDS_FAILED = "RECORDS_FAILED";

  @Inject JobContext jobContext;
  @EJB DestructionRuns runs;
  @EJB Certification certification;

  @Override
  public String process() {
    DestructionRun run = runs.runOf(jobContext.getInstanceId());
    Certification.Issued issued = certification.issue(run.id(), jobContext.getExecutionId());
    jobContext.setExitStatus(summary(run.id(), run.listId(), issued));
    return issued.failed() > 0 ? RECORDS_FAILED : "Certificate " + issued.number();
  }

  /** What the run did, as the job's exit status says it (a sweep's says what it listed). */
  static String summary(long runId, long listId, Certification.Issued issued) {
    String done =
        String.format(
            java.util.Locale.ROOT,
            "Destruction run %d of disposition list %d: %d record(s) destroyed, %d held, %d failed;"
                + " certificate %d",
            runId,
            listId,
            issued.destroyed(),
            issued.held(),
            issued.failed(),
            issued.number());
    return issued.failed() == 0
        ? done
        : done
            + ". The failed record(s) were not destroyed and keep their data (each reason is on the"
            + " certificate): destroy the list again once they are fixed.";
  }
}

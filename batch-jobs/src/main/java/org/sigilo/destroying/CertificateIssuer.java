package org.sigilo.destroying;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sigilo.destruction.control.Certification;
import org.sigilo.destruction.control.RecordDestruction;

/**
 * Issues the run's signed certificate (once: a restart finds it issued) and ends the job failed
 * when some records could not be destroyed, so that nobody mistakes the run for a clean one.
 */
@Dependent
@Named
public class CertificateIssuer extends AbstractBatchlet {

  /** The exit status of a run that left records it could not destroy. */
  static final String RECORDS_FAILED = "RECORDS_FAILED";

  @Inject JobContext jobContext;
  @EJB RecordDestruction destruction;
  @EJB Certification certification;

  @Override
  public String process() {
    long runId = destruction.runOf(jobContext.getInstanceId()).id();
    Certification.Issued issued = certification.issue(runId, jobContext.getExecutionId());
    if (issued.failed() > 0) {
      jobContext.setExitStatus(RECORDS_FAILED);
      return RECORDS_FAILED;
    }
    return "Certificate " + issued.number();
  }
}

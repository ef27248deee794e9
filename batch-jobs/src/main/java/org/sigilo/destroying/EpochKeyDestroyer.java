package org.sigilo.destroying;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sigilo.destruction.control.RecordDestruction;

/** Destroys the key-encryption keys of the run's months that no record is left under. */
@Dependent
@Named
public class EpochKeyDestroyer extends AbstractBatchlet {

  @Inject JobContext jobContext;
  @EJB RecordDestruction destruction;

  @Override
  public String process() {
    long runId = destruction.runOf(jobContext.getInstanceId()).id();
    return "Epoch keys destroyed: " + destruction.destroyEpochKeys(runId);
  }
}

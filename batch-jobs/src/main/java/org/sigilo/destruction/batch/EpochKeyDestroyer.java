package org.sigilo.destruction.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sigilo.destruction.control.DestructionRuns;
import org.sigilo.destruction.control.EpochKeyDestruction;

/** Destroys the key-encryption keys of the run's months that no record is left under. */
@Dependent
@Named
public class EpochKeyDestroyer extends AbstractBatchlet {

  @Inject JobContext jobContext;
  @EJB DestructionRuns runs;
  @EJB EpochKeyDestruction epochKeys;

  @Override
  public String process() {
    long runId = runs.runOf(jobContext.getInstanceId()).id();
    List<String> epochs = epochKeys.destroyEpochKeys(runId);
    // a short exit status (the job repository keeps 512 characters): the months themselves are
    // kept with the run and stated on the certificate
    return epochs.isEmpty()
        ? "No epoch key destroyed"
        : "Epoch keys destroyed: "
            + epochs.size()
            + " ("
            + epochs.get(0)
            + " to "
            + epochs.get(epochs.size() - 1)
            + ")";
  }
}

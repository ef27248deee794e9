package org.sigilo.destruction.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sigilo.destruction.control.DestructionRuns;
import org.sigilo.destruction.entity.DestructionRun;

/**
 * Opens the run (freezing the list's records and checking their holds now), or finds it again on a
 * restart.
 */
@Dependent
@Named
public class DestructionRunOpener extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "listId")
  long listId;

  @Inject
  @BatchProperty(name = "partitions")
  int partitions;

  @Inject
  @BatchProperty(name = "passes")
  int passes;

  @Inject
  @BatchProperty(name = "requestedBy")
  String requestedBy;

  @Inject JobContext jobContext;
  @EJB DestructionRuns runs;

  @Override
  public String process() {
    int leftovers = runs.removeShreddedLeftovers();
    DestructionRun run =
        runs.openRun(
            jobContext.getInstanceId(),
            listId,
            partitions,
            passes,
            requestedBy == null || requestedBy.isBlank() ? "unknown" : requestedBy);
    return "Destruction run "
        + run.id()
        + (leftovers == 0 ? "" : "; " + leftovers + " interrupted shredding(s) finished");
  }
}

package org.sigilo.retention.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sigilo.retention.control.DispositionSweep;

/** Opens the sweep's disposition list (or finds it again on a restart). */
@Dependent
@Named
public class DispositionListOpener extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "dueOnOrBefore")
  String dueOnOrBefore;

  @Inject
  @BatchProperty(name = "requestedBy")
  String requestedBy;

  @Inject JobContext jobContext;
  @EJB DispositionSweep sweep;

  @Override
  public String process() {
    long listId =
        sweep.openList(
            jobContext.getInstanceId(),
            SweepParameters.cutOff(dueOnOrBefore),
            requestedBy == null || requestedBy.isBlank() ? "unknown" : requestedBy);
    return "Disposition list " + listId;
  }
}

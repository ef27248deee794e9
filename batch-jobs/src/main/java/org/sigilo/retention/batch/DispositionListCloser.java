package org.sigilo.retention.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sigilo.retention.control.DispositionSweep;

/** Closes the list for review and says what it holds as the job's exit status. */
@Dependent
@Named
public class DispositionListCloser extends AbstractBatchlet {

  @Inject JobContext jobContext;
  @EJB DispositionSweep sweep;

  @Override
  public String process() {
    long listId = sweep.listOf(jobContext.getInstanceId());
    String summary = sweep.closeList(listId);
    jobContext.setExitStatus(summary);
    return summary;
  }
}

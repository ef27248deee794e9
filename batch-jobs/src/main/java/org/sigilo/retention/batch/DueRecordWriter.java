package org.sigilo.retention.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import org.sigilo.retention.control.DispositionSweep;

/**
 * Lists the due records of the chunk's id range in one set-based statement, in the chunk's
 * transaction (none of its own: a failed chunk leaves no rows, and the restart redoes it).
 */
@Dependent
@Named
public class DueRecordWriter extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "listId")
  long listId;

  @Inject
  @BatchProperty(name = "partitionNo")
  int partitionNo;

  @Inject
  @BatchProperty(name = "dueOnOrBefore")
  String dueOnOrBefore;

  @EJB DispositionSweep sweep;

  private LocalDate cutOff;

  @Override
  public void open(java.io.Serializable checkpoint) {
    cutOff = SweepParameters.cutOff(dueOnOrBefore);
  }

  @Override
  public void writeItems(List<Object> ids) {
    sweep.sweepChunk(
        listId, partitionNo, (Long) ids.get(0), (Long) ids.get(ids.size() - 1), ids.size(), cutOff);
  }
}

package org.sigilo.destruction.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sigilo.destruction.control.DestructionRuns;
import org.sigilo.jobs.control.IdPageReader;

/**
 * Reads the ids of the partition's records still PENDING, in id order, a page at a time. The
 * checkpoint is the last id handed out; since destroyed and failed records are no longer pending, a
 * replayed chunk finds only what it had not finished.
 */
@Dependent
@Named
public class PendingRecordReader extends IdPageReader {

  @Inject
  @BatchProperty(name = "runId")
  long runId;

  @Inject
  @BatchProperty(name = "partitionNo")
  int partitionNo;

  @Inject
  @BatchProperty(name = "chunkSize")
  int chunkSize;

  @EJB DestructionRuns runs;

  @Override
  protected long resumeAfter(Serializable checkpoint) {
    return checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  protected List<Long> page(long afterId) {
    return runs.pendingRecords(runId, partitionNo, afterId, chunkSize);
  }

  @Override
  protected int pageSize() {
    return chunkSize;
  }
}

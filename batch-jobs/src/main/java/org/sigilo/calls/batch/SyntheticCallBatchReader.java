package org.sigilo.calls.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** Hands out batch numbers 0..n-1; the checkpoint is the next batch to hand out. */
@Dependent
@Named
public class SyntheticCallBatchReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "count")
  int count;

  @Inject
  @BatchProperty(name = "batchSize")
  int batchSize;

  private int next;

  @Override
  public void open(Serializable checkpoint) {
    next = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public Object readItem() {
    long first = (long) next * batchSize;
    if (first >= count) {
      return null;
    }
    SyntheticBatch batch = new SyntheticBatch(next, (int) Math.min(batchSize, count - first));
    next++;
    return batch;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}

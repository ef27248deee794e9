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
  String count;

  @Inject
  @BatchProperty(name = "batchSize")
  String batchSize;

  private int total;
  private int size;
  private int next;

  @Override
  public void open(Serializable checkpoint) {
    total = LoadParameters.whole("count", count, 1, LoadParameters.MAX_COUNT);
    size = LoadParameters.whole("batchSize", batchSize, 1, LoadParameters.MAX_BATCH);
    next = checkpoint == null ? 0 : (Integer) checkpoint;
  }

  @Override
  public Object readItem() {
    long first = (long) next * size;
    if (first >= total) {
      return null;
    }
    SyntheticBatch batch = new SyntheticBatch(next, (int) Math.min(size, total - first));
    next++;
    return batch;
  }

  @Override
  public Serializable checkpointInfo() {
    return next;
  }
}

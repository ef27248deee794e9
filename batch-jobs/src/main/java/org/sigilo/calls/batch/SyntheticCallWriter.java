package org.sigilo.calls.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sigilo.calls.control.SyntheticCalls;

/**
 * Creates each batch's calls in the chunk's transaction (no transaction of its own: if the chunk
 * rolls back, so do its calls, and the restart redoes that batch).
 */
@Dependent
@Named
public class SyntheticCallWriter extends AbstractItemWriter {

  /** Synthetic calls are spread over this many years back from today. */
  static final int YEARS = 10;

  @Inject
  @BatchProperty(name = "seed")
  long seed;

  @Inject SyntheticCalls syntheticCalls;

  @Override
  public void writeItems(List<Object> items) {
    for (Object item : items) {
      SyntheticBatch batch = (SyntheticBatch) item;
      syntheticCalls.create(batch.size(), seed * 1_000_003L + batch.index(), YEARS, false);
    }
  }
}

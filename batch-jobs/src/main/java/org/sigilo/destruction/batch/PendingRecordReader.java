package org.sigilo.destruction.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.sigilo.destruction.control.DestructionRuns;

/**
 * Reads the ids of the partition's records still PENDING, in id order, a page at a time. The
 * checkpoint is the last id handed out; since destroyed and failed records are no longer pending, a
 * replayed chunk finds only what it had not finished.
 */
@Dependent
@Named
public class PendingRecordReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "runId")
  String runId;

  @Inject
  @BatchProperty(name = "partitionNo")
  String partitionNo;

  @Inject
  @BatchProperty(name = "chunkSize")
  String chunkSize;

  @EJB DestructionRuns runs;

  private long run;
  private int partition;
  private int page;
  private long lastRead;
  private boolean exhausted;
  private final Deque<Long> buffer = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    run = Long.parseLong(runId.trim());
    partition = Integer.parseInt(partitionNo.trim());
    page = DestructionParameters.parse("0", null, chunkSize, null).chunkSize();
    lastRead = checkpoint == null ? 0 : (Long) checkpoint;
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty() && !exhausted) {
      buffer.addAll(runs.pendingRecords(run, partition, lastRead, page));
      exhausted = buffer.size() < page;
    }
    Long next = buffer.poll();
    if (next != null) {
      lastRead = next;
    }
    return next;
  }

  @Override
  public Serializable checkpointInfo() {
    return lastRead;
  }
}

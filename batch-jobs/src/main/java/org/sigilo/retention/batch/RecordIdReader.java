package org.sigilo.retention.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.sigilo.retention.control.DispositionSweep;

/**
 * Reads the record ids of one partition's range in order, a page per chunk. The checkpoint is the
 * last id handed out; a restart reads on after it (or after the partition's last committed chunk,
 * if that is later).
 */
@Dependent
@Named
public class RecordIdReader extends AbstractItemReader {

  @Inject
  @BatchProperty(name = "firstId")
  String firstId;

  @Inject
  @BatchProperty(name = "lastId")
  String lastId;

  @Inject
  @BatchProperty(name = "chunkSize")
  String chunkSize;

  @Inject
  @BatchProperty(name = "listId")
  String listId;

  @Inject
  @BatchProperty(name = "partitionNo")
  String partitionNo;

  @EJB DispositionSweep sweep;

  private long first;
  private long last;
  private int page;
  private long lastRead;
  private boolean exhausted;
  private final Deque<Long> buffer = new ArrayDeque<>();

  @Override
  public void open(Serializable checkpoint) {
    first = Long.parseLong(firstId.trim());
    last = Long.parseLong(lastId.trim());
    page =
        SweepParameters.whole(
            "chunkSize", chunkSize, SweepParameters.DEFAULT_CHUNK, 10, SweepParameters.MAX_CHUNK);
    long checkpointed = checkpoint == null ? first - 1 : (Long) checkpoint;
    // The partition's own record of its last committed chunk is written in the chunk's
    // transaction; the batch runtime's checkpoint after it. After a crash between the two, the
    // later of both is where the partition really stands.
    Long committed =
        sweep.lastReadId(Long.parseLong(listId.trim()), Integer.parseInt(partitionNo.trim()));
    lastRead = committed == null ? checkpointed : Math.max(checkpointed, committed);
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty() && !exhausted) {
      long after = lastRead;
      buffer.addAll(sweep.recordIds(first, last, after, page));
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

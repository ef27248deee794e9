package org.sigilo.jobs.control;

import jakarta.batch.api.chunk.AbstractItemReader;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Reads record ids in id order, a page at a time, and checkpoints the last id read: what the
 * sweep's and the destruction's partitions both do over their own records. A page shorter than
 * asked for is the last one. Subclasses say where a partition resumes and what a page is.
 */
public abstract class IdPageReader extends AbstractItemReader {

  private final Deque<Long> buffer = new ArrayDeque<>();
  private long lastRead;
  private boolean exhausted;

  /** The id after which to read, from the checkpoint (null on a first start). */
  protected abstract long resumeAfter(Serializable checkpoint);

  /** Up to {@link #pageSize()} ids after {@code afterId}, in order. */
  protected abstract List<Long> page(long afterId);

  protected abstract int pageSize();

  @Override
  public void open(Serializable checkpoint) {
    lastRead = resumeAfter(checkpoint);
  }

  @Override
  public Object readItem() {
    if (buffer.isEmpty() && !exhausted) {
      buffer.addAll(page(lastRead));
      exhausted = buffer.size() < pageSize();
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

package org.sigilo.retention.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sigilo.jobs.control.IdPageReader;
import org.sigilo.retention.control.DispositionSweep;

/**
 * Reads the record ids of one partition's range in order, a page per chunk. The checkpoint is the
 * last id handed out; a restart reads on after it (or after the partition's last committed chunk,
 * if that is later).
 */
@Dependent
@Named
public class RecordIdReader extends IdPageReader {

  @Inject
  @BatchProperty(name = "firstId")
  long firstId;

  @Inject
  @BatchProperty(name = "lastId")
  long lastId;

  @Inject
  @BatchProperty(name = "chunkSize")
  int chunkSize;

  @Inject
  @BatchProperty(name = "listId")
  long listId;

  @Inject
  @BatchProperty(name = "partitionNo")
  int partitionNo;

  @EJB DispositionSweep sweep;

  @Override
  protected long resumeAfter(Serializable checkpoint) {
    long checkpointed = checkpoint == null ? firstId - 1 : (Long) checkpoint;
    // The partition's own record of its last committed chunk is written in the chunk's
    // transaction; the batch runtime's checkpoint after it. After a crash between the two, the
    // later of both is where the partition really stands.
    Long committed = sweep.lastReadId(listId, partitionNo);
    return committed == null ? checkpointed : Math.max(checkpointed, committed);
  }

  @Override
  protected List<Long> page(long afterId) {
    return sweep.recordIds(firstId, lastId, afterId, chunkSize);
  }

  @Override
  protected int pageSize() {
    return chunkSize;
  }
}

package org.sigilo.destruction.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sigilo.destruction.control.ChunkDestruction;
import org.sigilo.destruction.control.ChunkDestruction.FilesOutcome;
import org.sigilo.destruction.control.ChunkPreparation;
import org.sigilo.destruction.control.ChunkPreparation.FileToShred;
import org.sigilo.destruction.control.ChunkPreparation.RecordFiles;
import org.sigilo.destruction.control.FileShredder;
import org.sigilo.destruction.control.ShredFailure;

/**
 * Destroys a chunk of records: prepares them (holds checked again, files marked), shreds each
 * record's archive files, then destroys the records whose files are gone in the chunk's
 * transaction. A record one of whose files could not be shredded is failed with the reason; the
 * others of the chunk go on.
 */
@Dependent
@Named
public class RecordDestroyer extends AbstractItemWriter {

  @Inject
  @BatchProperty(name = "runId")
  long runId;

  @Inject
  @BatchProperty(name = "passes")
  int passes;

  @EJB ChunkPreparation preparation;
  @EJB ChunkDestruction destruction;

  private FileShredder shredder;

  @Override
  public void open(Serializable checkpoint) {
    shredder = new FileShredder(passes);
  }

  @Override
  public void writeItems(List<Object> items) {
    List<Long> ids = items.stream().map(item -> (Long) item).toList();
    List<FilesOutcome> outcomes = new ArrayList<>();
    for (RecordFiles record : preparation.prepare(runId, ids)) {
      outcomes.add(shred(record));
    }
    destruction.destroy(runId, shredder.passes(), outcomes);
  }

  private FilesOutcome shred(RecordFiles record) {
    long bytes = 0;
    for (FileToShred file : record.files()) {
      Path path = file.path();
      if (file.markedBefore() && !Files.exists(path)) {
        // an earlier attempt, interrupted, had overwritten it: its name goes only after the passes
        bytes += file.bytes();
        continue;
      }
      try {
        bytes += shredder.shred(path).bytes();
      } catch (ShredFailure e) {
        return FilesOutcome.failed(
            record.recordId(), "Archive file " + file.storedName() + ": " + e.reason());
      }
    }
    return FilesOutcome.shredded(record.recordId(), record.files().size(), bytes);
  }
}

package org.sigilo.destruction.control;

import static org.sigilo.destruction.control.DestructionItems.PENDING;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.sigilo.archives.control.ArchiveStore;
import org.sigilo.archives.control.ArchiveStore.ArchivedFile;

/**
 * Gets a chunk of records ready for shredding, in a transaction of its own that commits before any
 * file is touched: holds checked once more, records whose file is missing failed, and each file
 * marked as about to be shredded, with its size. After a crash, a marked file whose name is gone
 * was overwritten completely (the shredder renames only after its last pass), so the replayed chunk
 * counts it instead of failing the record.
 */
@Stateless
@PermitAll // called by batch artifacts, which run without a caller; the job boundary checks roles
public class ChunkPreparation {

  @Inject DataSource dataSource;
  @Inject ArchiveStore archive;

  /** A file of a record to shred; {@code markedBefore}: a run before a crash had started on it. */
  public record FileToShred(String storedName, Path path, long bytes, boolean markedBefore) {}

  /** A record about to be destroyed, with its archive files. */
  public record RecordFiles(long recordId, List<FileToShred> files) {}

  /** Answers the records of the chunk still to destroy, each with its files. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<RecordFiles> prepare(long runId, List<Long> recordIds) {
    Instant now = Instant.now();
    Path directory = archive.directory();
    try (Connection connection = dataSource.getConnection()) {
      Array ids = connection.createArrayOf("BIGINT", recordIds.toArray());
      DestructionItems.holdCheck(connection, runId, ids, now);
      Map<Long, List<FileToShred>> files = pending(connection, runId, ids);
      Map<Long, String> missing = new LinkedHashMap<>();
      Map<String, Long> toMark = new LinkedHashMap<>();
      for (ArchivedFile stored : archive.filesOf(recordIds)) {
        List<FileToShred> ofRecord = files.get(stored.callId());
        if (ofRecord == null) {
          continue; // held, or done before a crash
        }
        String name = stored.storedName();
        if (!Files.isDirectory(directory)) {
          // a volume not mounted: every file would look gone, marked ones as shredded
          throw new IllegalStateException(
              "The archive directory "
                  + directory
                  + " does not exist: mount it (or set sigilo.archive.dir) and restart the job.");
        }
        Path file = directory.resolve(name);
        if (stored.shredMarked()) {
          ofRecord.add(new FileToShred(name, file, stored.bytes(), true));
          continue;
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
          missing.put(
              stored.callId(),
              "Archive file "
                  + name
                  + (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                      ? " is not a regular file"
                      : " is missing")
                  + ": it cannot be shown overwritten, so the record is not destroyed.");
          continue;
        }
        long size = Files.size(file);
        toMark.put(name, size);
        ofRecord.add(new FileToShred(name, file, size, false));
      }
      archive.markShredding(toMark, now);
      for (Map.Entry<Long, String> failed : missing.entrySet()) {
        DestructionItems.fail(connection, runId, failed.getKey(), failed.getValue());
        files.remove(failed.getKey());
      }
      return files.entrySet().stream()
          .map(entry -> new RecordFiles(entry.getKey(), List.copyOf(entry.getValue())))
          .toList();
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(
          "Could not prepare records " + DestructionItems.range(recordIds) + ": " + e.getMessage(),
          e);
    }
  }

  /** The chunk's records still PENDING, in id order, each with an empty list for its files. */
  private static Map<Long, List<FileToShred>> pending(Connection connection, long runId, Array ids)
      throws SQLException {
    Map<Long, List<FileToShred>> files = new LinkedHashMap<>();
    try (PreparedStatement pending =
        connection.prepareStatement(
            "SELECT record_id FROM destruction_item WHERE run_id = ? AND state = "
                + PENDING
                + " AND record_id = ANY(?) ORDER BY record_id")) {
      pending.setLong(1, runId);
      pending.setArray(2, ids);
      try (ResultSet rows = pending.executeQuery()) {
        while (rows.next()) {
          files.put(rows.getLong(1), new ArrayList<>());
        }
      }
    }
    return files;
  }
}

package org.sigilo.archives.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.crypto.SecretKey;
import javax.sql.DataSource;
import org.sigilo.crypto.control.SegmentedCipher;
import org.sigilo.platform.control.DataDirectory;
import org.sigilo.platform.control.Settings;

/**
 * The archive directory ({@code sigilo.archive.dir} / {@code SIGILO_ARCHIVE_DIR}, default {@code
 * <data dir>/archive}). A file is streamed through {@link SegmentedCipher} into a temporary file,
 * forced to disk, then renamed to a random name and the directory synced: a crash leaves either no
 * file or a whole one, never half of one under its final name.
 *
 * <p>Also the one place that writes the archive's entries ({@code call_attachment}) for a
 * destruction: which files a chunk of records has, the mark a file gets before it is shredded (so a
 * replay after a crash knows a file whose name is gone was overwritten), and the removal of the
 * entries of destroyed records.
 */
@ApplicationScoped
public class ArchiveStore {

  private static final int BUFFER = 256 * 1024;

  @Inject DataSource dataSource;

  /** What was stored: the random file name and the plaintext's size and SHA-256. */
  public record Stored(String name, long size, String sha256) {}

  /**
   * An archive file of a call, and whether a destruction marked it before shredding it (then with
   * the size it had).
   */
  public record ArchivedFile(long callId, String storedName, boolean shredMarked, long bytes) {}

  public Path directory() {
    return Path.of(
        Settings.value("sigilo.archive.dir", "SIGILO_ARCHIVE_DIR")
            .orElse(Settings.dataDirectory().resolve("archive").toString()));
  }

  public Stored write(SecretKey key, String context, InputStream in) {
    String name = UUID.randomUUID().toString();
    Path directory = directory();
    Path temporary = directory.resolve(".incoming-" + name);
    try {
      DataDirectory.createDirectories(directory);
      SegmentedCipher.Digest digest;
      try (FileChannel channel =
          FileChannel.open(
              temporary,
              Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
              DataDirectory.ownerOnlyFile())) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
        digest = SegmentedCipher.encrypt(key, context, in, out);
        out.flush();
        channel.force(true);
      }
      Files.move(temporary, directory.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      syncDirectory(directory);
      return new Stored(name, digest.size(), digest.sha256());
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temporary);
      if (e instanceof IOException io) {
        if (String.valueOf(io.getMessage()).contains("No space left on device")) {
          throw new ArchiveFullException(directory, usableBytes(), io);
        }
        throw new UncheckedIOException("Could not store the file in " + directory, io);
      }
      throw (RuntimeException) e;
    }
  }

  /** Bytes usable on the archive's volume now; -1 if it cannot be read. */
  public long usableBytes() {
    try {
      return Files.getFileStore(directory()).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }

  /** Streams the plaintext of a stored file to {@code out}, each segment once authenticated. */
  public SegmentedCipher.Digest read(String name, SecretKey key, String context, OutputStream out)
      throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file(name)), BUFFER)) {
      return SegmentedCipher.decrypt(key, context, in, out);
    }
  }

  /** Removes a stored file that will not be recorded after all (its transaction failed). */
  public void discard(String name) {
    deleteQuietly(file(name));
  }

  /** The archive files of the given calls, in call and attachment order. */
  public List<ArchivedFile> filesOf(Collection<Long> callIds) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement attachments =
            connection.prepareStatement(
                "SELECT call_id, stored_name, shred_started_at, shred_file_bytes"
                    + " FROM call_attachment WHERE call_id = ANY(?) ORDER BY call_id, id")) {
      attachments.setArray(1, connection.createArrayOf("BIGINT", callIds.toArray()));
      List<ArchivedFile> files = new ArrayList<>();
      try (ResultSet rows = attachments.executeQuery()) {
        while (rows.next()) {
          files.add(
              new ArchivedFile(
                  rows.getLong(1),
                  rows.getString(2),
                  rows.getTimestamp(3) != null,
                  rows.getLong(4)));
        }
      }
      return files;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read archive entries: " + e.getMessage(), e);
    }
  }

  /**
   * Marks files as about to be shredded, with their sizes, in the caller's transaction, which
   * commits before any of them is touched.
   */
  public void markShredding(Map<String, Long> sizesByName, Instant at) {
    if (sizesByName.isEmpty()) {
      return;
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement mark =
            connection.prepareStatement(
                "UPDATE call_attachment SET shred_started_at = ?, shred_file_bytes = ?"
                    + " WHERE stored_name = ?")) {
      for (Map.Entry<String, Long> file : sizesByName.entrySet()) {
        mark.setTimestamp(1, Timestamp.from(at));
        mark.setLong(2, file.getValue());
        mark.setString(3, file.getKey());
        mark.addBatch();
      }
      mark.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not mark files to shred: " + e.getMessage(), e);
    }
  }

  /** Removes the archive entries of destroyed calls, in the caller's transaction. */
  public int removeEntries(Collection<Long> callIds) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("DELETE FROM call_attachment WHERE call_id = ANY(?)")) {
      delete.setArray(1, connection.createArrayOf("BIGINT", callIds.toArray()));
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not remove archive entries: " + e.getMessage(), e);
    }
  }

  private Path file(String name) {
    if (!name.matches("[0-9a-f-]{36}")) {
      throw new IllegalArgumentException("Not an archive file name: " + name);
    }
    return directory().resolve(name);
  }

  private static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // best effort: an orphaned encrypted file is unreadable without its record's data key
    }
  }
}

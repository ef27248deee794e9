package org.sigilo.archives.control;

import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.UUID;
import javax.crypto.SecretKey;
import org.sigilo.crypto.control.SegmentedCipher;
import org.sigilo.platform.control.Settings;

/**
 * The archive directory ({@code sigilo.archive.dir} / {@code SIGILO_ARCHIVE_DIR}, default {@code
 * <data dir>/archive}). A file is streamed through {@link SegmentedCipher} into a temporary file,
 * forced to disk, then renamed to a random name and the directory synced: a crash leaves either no
 * file or a whole one, never half of one under its final name.
 */
@ApplicationScoped
public class ArchiveStore {

  private static final int BUFFER = 256 * 1024;

  /** What was stored: the random file name and the plaintext's size and SHA-256. */
  public record Stored(String name, long size, String sha256) {}

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
      Files.createDirectories(directory);
      SegmentedCipher.Digest digest;
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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

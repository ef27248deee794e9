package org.sigilo.destruction.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Destroys one archive file the way NIST SP 800-88 "Clear" does for files on an ordinary
 * (overwrite-in-place) file system. Used by the records-destruction job for each attachment of a
 * record. The first line is the cryptographic erase, the "Purge" that actually protects the data:
 * every file is encrypted under its record's data key, which the destruction deletes, and the
 * month's key-encryption key goes once no record is left under it, so every copy of the ciphertext
 * (backups, WAL, blocks this class cannot reach) becomes unreadable. This is the second line.
 *
 * <p>{@link #shred(Path)} does, in this order:
 *
 * <ol>
 *   <li>opens the file for writing without creating or truncating it (so the same inode and, on
 *       ext4/xfs, the same disk blocks are overwritten, not fresh ones) and refusing symbolic
 *       links;
 *   <li>overwrites every byte {@link #passes()} times through one reusable direct buffer: each pass
 *       but the last with pseudorandom bytes, the last with zeros, and forces the file to the
 *       device ({@code fsync}) after each pass, so each pass really reaches the disk instead of
 *       being merged with the next one in the page cache;
 *   <li>renames the file to a random name ({@value #RENAMED_PREFIX} + 32 hex digits) in the same
 *       directory, so the original name is no longer listed even if a later step fails or the
 *       machine stops (a leftover with that prefix is already overwritten and can be deleted);
 *   <li>calls the {@link BeforeUnlink} hook (a no-op except in tests);
 *   <li>truncates the file to 0 bytes and forces it, unlinks it, and forces the directory, so the
 *       removal survives a crash.
 * </ol>
 *
 * <p>What it cannot do: on copy-on-write or log-structured storage (btrfs, ZFS, snapshots, some SSD
 * firmware remapping blocks), the overwrite lands on new blocks and the old ones stay until reused;
 * and a deleted name's bytes can survive in directory blocks (which is why file names never carry
 * personal data). Those are covered by the files being encrypted under a destroyed key.
 *
 * <p><b>Random bytes.</b> The non-final passes write an AES-256-CTR keystream under a key and
 * counter drawn once per instance from {@link SecureRandom}. That is the core of NIST SP 800-90A's
 * CTR_DRBG, so the bytes are indistinguishable from random to anyone without the key (which never
 * leaves this object's memory), and with the JDK's AES intrinsics it runs at memory speed, far
 * faster than the disk. Calling {@code SecureRandom} for every buffer would be about ten times
 * slower (on Linux it reads {@code /dev/urandom} and mixes in SHA-1 under a global lock: some 140
 * MiB/s on our machines, less than the disk writes) without making an overwrite pattern any safer.
 * The renamed file's name is drawn from the same keystream.
 *
 * <p><b>Threads.</b> An instance owns a {@value #BUFFER_SIZE}-byte direct buffer and a cipher, so
 * shredding many small files allocates nothing per file; in exchange an instance must be used by
 * one thread at a time. Shred in parallel with one instance per thread (small files are bound by
 * {@code fsync} latency, so two threads do help).
 *
 * <p><b>Failures.</b> Every failure is a {@link ShredFailure} naming the file, the cause and the
 * state the file was left in. A missing file is a failure too, never "already destroyed": callers
 * that restart a job must remember what they shredded themselves.
 */
public class FileShredder {

  /** Passes of the no-argument constructor: one of random bytes, then one of zeros. */
  public static final int DEFAULT_PASSES = 2;

  /** Size of the one direct buffer each instance writes through. */
  public static final int BUFFER_SIZE = 1 << 20;

  /** Prefix of the random name a file gets after it has been overwritten, before it is unlinked. */
  public static final String RENAMED_PREFIX = ".shredded-";

  /** Keystream is produced in chunks of this size (fits in cache) and copied into the buffer. */
  private static final int KEYSTREAM_CHUNK = 64 * 1024;

  /** Never written: the cipher's input for keystream and the source of the zero pass. */
  private static final byte[] ZEROS = new byte[KEYSTREAM_CHUNK];

  private static final int NAME_BYTES = 16;

  /**
   * Called after the last overwrite pass and the rename, before the file is truncated and unlinked.
   * It exists for tests that prove no plaintext remains: they read the renamed file, which is still
   * the same inode with its original size, and check that its bytes are zeros. Production code uses
   * the constructors without one, which install a no-op.
   */
  @FunctionalInterface
  public interface BeforeUnlink {

    /**
     * @param renamedFile the file under its random name, overwritten and forced, still full size
     * @throws IOException makes the shred fail with a {@link ShredFailure}, leaving the file
     *     overwritten under its random name
     */
    void inspect(Path renamedFile) throws IOException;
  }

  private static final BeforeUnlink NO_INSPECTION = renamedFile -> {};

  private final int passes;
  private final BeforeUnlink beforeUnlink;
  private final ByteBuffer buffer;
  private final byte[] keystream = new byte[KEYSTREAM_CHUNK];
  private final byte[] nameBytes = new byte[NAME_BYTES];
  private final Cipher cipher;

  /** Two passes: random bytes, then zeros. */
  public FileShredder() {
    this(DEFAULT_PASSES);
  }

  /**
   * @param passes how often each byte is overwritten, at least 1; the last pass writes zeros, the
   *     ones before it random bytes
   * @throws IllegalArgumentException if {@code passes < 1}
   */
  public FileShredder(int passes) {
    this(passes, NO_INSPECTION);
  }

  /**
   * For tests: like {@link #FileShredder(int)}, calling {@code beforeUnlink} on every file after
   * its last pass and rename, before it is truncated and unlinked.
   *
   * @throws IllegalArgumentException if {@code passes < 1}
   */
  public FileShredder(int passes, BeforeUnlink beforeUnlink) {
    this(passes, BUFFER_SIZE, beforeUnlink);
  }

  /** For tests of buffer boundaries with small files. */
  FileShredder(int passes, int bufferSize, BeforeUnlink beforeUnlink) {
    if (passes < 1) {
      throw new IllegalArgumentException("At least one pass is needed, got " + passes);
    }
    if (bufferSize < 1) {
      throw new IllegalArgumentException("The buffer needs at least one byte, got " + bufferSize);
    }
    if (beforeUnlink == null) {
      throw new IllegalArgumentException("beforeUnlink must not be null");
    }
    this.passes = passes;
    this.beforeUnlink = beforeUnlink;
    this.buffer = ByteBuffer.allocateDirect(bufferSize);
    this.cipher = keystreamCipher();
  }

  private static Cipher keystreamCipher() {
    SecureRandom random = new SecureRandom();
    byte[] key = new byte[32];
    byte[] counter = new byte[16];
    random.nextBytes(key);
    random.nextBytes(counter);
    try {
      Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(counter));
      return cipher;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("This JVM offers no AES/CTR cipher", e);
    }
  }

  public int passes() {
    return passes;
  }

  /**
   * Overwrites, renames, truncates and unlinks {@code file}, then syncs its directory.
   *
   * @param file a regular file (not a symbolic link) on a writable file system
   * @return the original name, the bytes overwritten per pass and the number of passes
   * @throws ShredFailure if the file is missing or not a regular file, or any step fails; the
   *     message says in what state the file was left
   */
  public ShreddedFile shred(Path file) {
    String name = String.valueOf(file.getFileName());
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw new ShredFailure(
          file.toString(), "it does not exist (a missing file is not a shredded one)");
    } catch (IOException e) {
      throw new ShredFailure(
          file.toString(),
          "its attributes could not be read (" + describe(e) + "); it was left in place, unchanged",
          e);
    }
    if (!attributes.isRegularFile()) {
      String kind =
          attributes.isDirectory()
              ? "a directory"
              : attributes.isSymbolicLink() ? "a symbolic link" : "not a regular file";
      throw new ShredFailure(
          file.toString(), "it is " + kind + "; it was left in place, unchanged");
    }
    Path directory = file.toAbsolutePath().getParent();
    Path renamed = null;
    long size = 0;
    boolean writing = false;
    int done = 0;
    boolean removed = false;
    try {
      try (FileChannel channel =
          FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        size = channel.size();
        writing = true;
        for (int pass = 1; pass <= passes; pass++) {
          overwrite(channel, size, pass == passes);
          channel.force(true);
          done = pass;
        }
        Path target = directory.resolve(RENAMED_PREFIX + randomName());
        Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        renamed = target;
        beforeUnlink.inspect(renamed);
        channel.truncate(0);
        channel.force(true);
      }
      Files.delete(renamed);
      removed = true;
      syncDirectory(directory);
    } catch (IOException e) {
      throw new ShredFailure(
          file.toString(), describe(e) + "; " + state(writing, done, renamed, removed), e);
    }
    return new ShreddedFile(name, size, passes);
  }

  private String state(boolean writing, int done, Path renamed, boolean removed) {
    if (removed) {
      return "it was overwritten and removed, but its directory could not be synced, so the removal"
          + " may not survive a crash";
    }
    if (renamed != null) {
      return "it was overwritten ("
          + passes
          + " passes) and renamed to "
          + renamed
          + ", but it was not removed";
    }
    if (done == passes) {
      return "it was overwritten (" + passes + " passes) but left in place under its own name";
    }
    if (!writing) {
      return "it was left in place, unchanged";
    }
    if (done == 0) {
      return "it was left in place under its own name, partly overwritten by pass 1 of " + passes;
    }
    return "it was left in place under its own name after "
        + done
        + " of "
        + passes
        + " passes, so its last pass (zeros) is missing";
  }

  /** One pass over {@code size} bytes from offset 0, zeros if {@code zeros}, else keystream. */
  private void overwrite(FileChannel channel, long size, boolean zeros) throws IOException {
    long position = 0;
    boolean zeroed = false;
    while (position < size) {
      int length = (int) Math.min(buffer.capacity(), size - position);
      if (!zeros) {
        fillWithKeystream(length);
      } else if (!zeroed) {
        fillWithZeros(length); // the first chunk is the longest: later ones reuse it
        zeroed = true;
      }
      buffer.limit(length).position(0);
      while (buffer.hasRemaining()) {
        int written = channel.write(buffer, position);
        if (written <= 0) {
          throw new IOException(
              "short write: the file system took no bytes at offset " + position + " of " + size);
        }
        position += written;
      }
    }
  }

  private void fillWithKeystream(int length) {
    buffer.clear();
    while (buffer.position() < length) {
      int chunk = Math.min(keystream.length, length - buffer.position());
      nextKeystream(keystream, chunk);
      buffer.put(keystream, 0, chunk);
    }
  }

  private void fillWithZeros(int length) {
    buffer.clear();
    while (buffer.position() < length) {
      buffer.put(ZEROS, 0, Math.min(ZEROS.length, length - buffer.position()));
    }
  }

  private String randomName() {
    nextKeystream(nameBytes, NAME_BYTES);
    return HexFormat.of().formatHex(nameBytes);
  }

  /** Fills {@code out[0, length)} with the next keystream bytes (CTR mode encrypting zeros). */
  private void nextKeystream(byte[] out, int length) {
    try {
      if (cipher.update(ZEROS, 0, length, out, 0) != length) {
        throw new IllegalStateException("AES/CTR held back keystream bytes");
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES/CTR failed on a buffer of " + length + " bytes", e);
    }
  }

  private static void syncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  /** The cause in an operator's words: the OS reason without the exception class. */
  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file: " + e.getMessage();
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + e.getMessage();
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason() + ": " + fs.getFile();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * Removes the files a shredding interrupted between renaming and unlinking left in a directory
   * (named {@value #RENAMED_PREFIX}): their passes were all done, so they hold no content, but they
   * should not linger, and are simply deleted. Called when a destruction run opens or restarts,
   * before any partition shreds. Answers how many were removed.
   */
  public static int removeLeftovers(Path directory) {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    java.util.List<Path> leftovers = new java.util.ArrayList<>();
    try (var found = Files.newDirectoryStream(directory, RENAMED_PREFIX + "*")) {
      found.forEach(leftovers::add);
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not look for interrupted shreddings in " + directory + ": " + e.getMessage(), e);
    }
    try {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
      if (!leftovers.isEmpty()) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
          channel.force(true);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not remove interrupted shreddings in " + directory + ": " + e.getMessage(), e);
    }
    return leftovers.size();
  }
}

package org.sigilo.destruction.control;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Proves that a shredded file leaves neither its name nor its content behind.
 *
 * <p>The content checks read the file through the {@link FileShredder.BeforeUnlink} hook, after the
 * last pass and the rename, before truncation. That read is of the blocks that held the plaintext,
 * not of a copy: the shredder opens the file without {@code CREATE} or {@code TRUNCATE_EXISTING},
 * so the inode stays the same (asserted: {@code unix:ino} before and in the hook), and an overwrite
 * within the file's size on ext4 or xfs rewrites the inode's allocated blocks in place (asserted
 * where {@code filefrag} can list them: the physical extents in the hook are those of the
 * plaintext). Each pass is forced, so the page cache the hook reads from holds what the device
 * holds. Reading the raw device instead would need a mounted file-system image, that is root and
 * loop devices, which CI does not have; so the hook is the check.
 */
class FileShredderTest {

  private static final byte[] MARKER = "SIGILO-PLAINTEXT-MARKER-7f3a|".getBytes(US_ASCII);
  private static final int MIB = FileShredder.BUFFER_SIZE;

  @TempDir Path directory;

  /** {@code size} bytes of the marker, repeated. */
  private static byte[] plaintext(int size) {
    byte[] bytes = new byte[size];
    for (int i = 0; i < size; i++) {
      bytes[i] = MARKER[i % MARKER.length];
    }
    return bytes;
  }

  /** Writes the plaintext and forces it, so its blocks are allocated before the shredder runs. */
  private Path archiveFile(String name, int size) throws IOException {
    Path file = directory.resolve(name);
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer content = ByteBuffer.wrap(plaintext(size));
      while (content.hasRemaining()) {
        channel.write(content);
      }
      channel.force(true);
    }
    return file;
  }

  private List<Path> listing() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.toList();
    }
  }

  private static Object inode(Path file) throws IOException {
    return Files.getAttribute(file, "unix:ino");
  }

  private static boolean containsMarker(byte[] bytes) {
    outer:
    for (int i = 0; i + MARKER.length <= bytes.length; i++) {
      for (int j = 0; j < MARKER.length; j++) {
        if (bytes[i + j] != MARKER[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  /** Asserts in the hook: same inode, same size, all zeros, no marker, original name gone. */
  private FileShredder.BeforeUnlink expectZeros(
      Path original, Object inode, int size, int[] calls) {
    return renamed -> {
      calls[0]++;
      assertEquals(directory, renamed.getParent());
      assertTrue(renamed.getFileName().toString().startsWith(FileShredder.RENAMED_PREFIX));
      assertFalse(Files.exists(original), "the original name is gone before truncation");
      assertEquals(inode, inode(renamed), "overwritten in place, not a new file");
      byte[] bytes = Files.readAllBytes(renamed);
      assertEquals(size, bytes.length);
      assertFalse(containsMarker(bytes), "plaintext marker survived");
      assertArrayEquals(new byte[size], bytes, "the last pass leaves zeros");
    };
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 300 * 1024, 2 * MIB})
  void fileAndItsNameAreGoneAndNothingElseRemains(int size) throws IOException {
    Path file = archiveFile("a5c3e1d0-attachment", size);

    ShreddedFile shredded = new FileShredder().shred(file);

    assertEquals(new ShreddedFile("a5c3e1d0-attachment", size, 2), shredded);
    assertFalse(Files.exists(file));
    assertEquals(List.of(), listing(), "no renamed or temporary file remains");
  }

  @ParameterizedTest(name = "{0} bytes")
  @ValueSource(ints = {0, 1, 300 * 1024, 2 * MIB, MIB + 1})
  void noPlaintextRemainsInTheSameInodeBeforeUnlink(int size) throws IOException {
    Path file = archiveFile("record-file", size);
    int[] calls = {0};

    new FileShredder(2, expectZeros(file, inode(file), size, calls)).shred(file);

    assertEquals(1, calls[0]);
    assertEquals(List.of(), listing());
  }

  @Test
  void threePassesAlsoEndInZerosAndSaySo() throws IOException {
    int size = 300 * 1024;
    Path file = archiveFile("three", size);
    int[] calls = {0};

    ShreddedFile shredded =
        new FileShredder(3, expectZeros(file, inode(file), size, calls)).shred(file);

    assertEquals(1, calls[0]);
    assertEquals(3, shredded.passes());
    assertEquals(size, shredded.bytes());
    assertEquals(List.of(), listing());
  }

  @Test
  void onePassIsZerosOnly() throws IOException {
    Path file = archiveFile("one", 5000);
    int[] calls = {0};

    ShreddedFile shredded =
        new FileShredder(1, expectZeros(file, inode(file), 5000, calls)).shred(file);

    assertEquals(1, calls[0]);
    assertEquals(1, shredded.passes());
  }

  @ParameterizedTest(name = "{0} bytes through a 4096-byte buffer")
  @ValueSource(ints = {4095, 4096, 4097, 3 * 4096, 3 * 4096 + 100})
  void bufferBoundariesAreCoveredExactly(int size) throws IOException {
    Path file = archiveFile("boundary", size);
    int[] calls = {0};

    ShreddedFile shredded =
        new FileShredder(2, 4096, expectZeros(file, inode(file), size, calls)).shred(file);

    assertEquals(1, calls[0]);
    assertEquals(size, shredded.bytes());
  }

  @Test
  void oneInstanceShredsFileAfterFileWithItsOneBuffer() throws IOException {
    int[] sizes = {2 * MIB + 7, 1, 0, 300 * 1024, MIB};
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      files.add(archiveFile("file-" + i, sizes[i]));
    }
    int[] calls = {0};
    FileShredder shredder =
        new FileShredder(
            2,
            renamed -> {
              byte[] bytes = Files.readAllBytes(renamed);
              assertEquals(sizes[calls[0]], bytes.length);
              assertArrayEquals(new byte[bytes.length], bytes);
              calls[0]++;
            });

    for (int i = 0; i < sizes.length; i++) {
      assertEquals(new ShreddedFile("file-" + i, sizes[i], 2), shredder.shred(files.get(i)));
    }

    assertEquals(sizes.length, calls[0]);
    assertEquals(List.of(), listing());
  }

  @Test
  void physicalBlocksOfThePlaintextAreTheOnesOverwritten() throws IOException {
    Path file = archiveFile("extents", 300 * 1024);
    List<String> before = extents(file);
    assertFalse(
        before.isEmpty(),
        "filefrag (e2fsprogs) lists no extents for "
            + file
            + ": run the tests where FIEMAP works (ext4, xfs; not tmpfs), with e2fsprogs installed");
    int[] calls = {0};

    new FileShredder(
            2,
            renamed -> {
              assertEquals(before, extents(renamed), "the overwrite went to other blocks");
              calls[0]++;
            })
        .shred(file);

    assertEquals(1, calls[0]);
  }

  /**
   * Physical extents ({@code start..end:length}) from {@code filefrag -v}, which uses the
   * unprivileged FIEMAP ioctl; empty if the tool or the file system cannot say.
   */
  private static List<String> extents(Path file) throws IOException {
    Process process;
    try {
      process =
          new ProcessBuilder("filefrag", "-v", file.toString()).redirectErrorStream(true).start();
    } catch (IOException notInstalled) {
      return List.of();
    }
    String output = new String(process.getInputStream().readAllBytes(), US_ASCII);
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
        return List.of();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    Pattern row =
        Pattern.compile(
            "(?m)^\\s*\\d+:\\s*\\d+\\.\\.\\s*\\d+:\\s*(\\d+)\\.\\.\\s*(\\d+):\\s*(\\d+):");
    List<String> extents = new ArrayList<>();
    Matcher matcher = row.matcher(output);
    while (matcher.find()) {
      extents.add(matcher.group(1) + ".." + matcher.group(2) + ":" + matcher.group(3));
    }
    return extents;
  }

  @Test
  void aMissingFileIsAFailureThatNamesIt() {
    Path missing = directory.resolve("0b7e-already-gone");

    ShredFailure failure =
        assertThrows(ShredFailure.class, () -> new FileShredder().shred(missing));

    assertEquals(missing.toString(), failure.file());
    assertTrue(failure.getMessage().contains("0b7e-already-gone"), failure.getMessage());
    assertTrue(failure.reason().contains("does not exist"), failure.reason());
  }

  @Test
  void aDirectoryIsRefusedAndLeftInPlace() throws IOException {
    Path subdirectory = Files.createDirectory(directory.resolve("not-a-file"));
    Files.write(subdirectory.resolve("inside"), plaintext(100));

    ShredFailure failure =
        assertThrows(ShredFailure.class, () -> new FileShredder().shred(subdirectory));

    assertTrue(failure.getMessage().contains("not-a-file"), failure.getMessage());
    assertTrue(failure.reason().contains("directory"), failure.reason());
    assertArrayEquals(plaintext(100), Files.readAllBytes(subdirectory.resolve("inside")));
    assertEquals(List.of(subdirectory), listing());
  }

  @Test
  void aSymbolicLinkIsRefusedAndItsTargetKept() throws IOException {
    Path target = archiveFile("target", 1000);
    Path link = Files.createSymbolicLink(directory.resolve("link"), target);

    ShredFailure failure = assertThrows(ShredFailure.class, () -> new FileShredder().shred(link));

    assertTrue(failure.reason().contains("symbolic link"), failure.reason());
    assertTrue(Files.isSymbolicLink(link));
    assertArrayEquals(plaintext(1000), Files.readAllBytes(target));
  }

  @Test
  void aFailureAfterTheRenameSaysWhereTheOverwrittenFileIs() throws IOException {
    Path file = archiveFile("half-way", 4000);
    Path[] seen = {null};

    ShredFailure failure =
        assertThrows(
            ShredFailure.class,
            () ->
                new FileShredder(
                        2,
                        renamed -> {
                          seen[0] = renamed;
                          throw new IOException("simulated I/O error");
                        })
                    .shred(file));

    assertTrue(failure.reason().contains("simulated I/O error"), failure.reason());
    assertTrue(failure.reason().contains("renamed to " + seen[0]), failure.reason());
    assertTrue(failure.reason().contains("not removed"), failure.reason());
    assertEquals(List.of(seen[0]), listing());
    assertArrayEquals(new byte[4000], Files.readAllBytes(seen[0]));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void fewerThanOnePassIsRejected(int passes) {
    assertThrows(IllegalArgumentException.class, () -> new FileShredder(passes));
    assertThrows(IllegalArgumentException.class, () -> new FileShredder(passes, renamed -> {}));
  }

  @Test
  void defaultsAreTwoPasses() {
    assertEquals(2, new FileShredder().passes());
    assertEquals(5, new FileShredder(5).passes());
  }
}

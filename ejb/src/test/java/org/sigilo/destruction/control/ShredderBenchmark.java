package org.sigilo.destruction.control;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Times {@link FileShredder} (2 passes, one thread) against GNU {@code shred -n1 -z -u}: the same
 * work, one random pass and one zero pass, each forced, then truncate and unlink. Not a unit test
 * (run by {@code benchmarks/shredder.sh}).
 *
 * <p>Each run creates two sets of files with identical random content and identical archive-style
 * names (36-character UUIDs, as {@code ArchiveStore} names them), flushes them to disk with {@code
 * sync} so neither contender pays for the other's dirty pages, then shreds one set with {@code
 * shred} (500 paths per process, processes one after another) and the other with one {@code
 * FileShredder}, alternating which goes first. After each run both directories must be empty.
 *
 * <p>Arguments: {@code fileCount} (2000), {@code fileSizeBytes} (102400), {@code runs} (3), {@code
 * dir} (the parent of a fresh working directory, {@code target}); the working directory is deleted
 * at the end. The last line is the summary: {@code ratio_shred_over_shredder} above 1 means
 * FileShredder is faster.
 */
public final class ShredderBenchmark {

  private static final int PATHS_PER_SHRED = 500;

  private ShredderBenchmark() {}

  public static void main(String[] args) throws Exception {
    int files = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 102400;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path parent = Path.of(args.length > 3 ? args[3] : "target");
    if (files < 1 || size < 0 || runs < 1) {
      throw new IllegalArgumentException("Usage: fileCount>=1 fileSizeBytes>=0 runs>=1 [dir]");
    }
    Files.createDirectories(parent);
    Path root = Files.createTempDirectory(parent.toAbsolutePath(), "shredder-bench-");
    System.out.printf(
        "dir=%s fs=%s files=%d size=%d runs=%d%n",
        root, Files.getFileStore(root).type(), files, size, runs);

    FileShredder shredder = new FileShredder(2);
    long[] shredderMs = new long[runs];
    long[] shredMs = new long[runs];
    for (int run = 0; run < runs; run++) {
      Path bySet = Files.createDirectory(root.resolve("run-" + run + "-shred"));
      Path byShredder = Files.createDirectory(root.resolve("run-" + run + "-shredder"));
      List<String> names = names(files, run);
      createIdenticalSets(names, size, run, bySet, byShredder);
      List<Path> forShred = names.stream().map(bySet::resolve).toList();
      List<Path> forShredder = names.stream().map(byShredder::resolve).toList();

      boolean shredderFirst = run % 2 == 0;
      if (shredderFirst) {
        shredderMs[run] = timeShredder(shredder, forShredder);
        shredMs[run] = timeShred(forShred);
      } else {
        shredMs[run] = timeShred(forShred);
        shredderMs[run] = timeShredder(shredder, forShredder);
      }
      requireEmpty(bySet);
      requireEmpty(byShredder);
      Files.delete(bySet);
      Files.delete(byShredder);

      System.out.printf(
          Locale.ROOT,
          "run=%d first=%s shredder_ms=%d shred_ms=%d shredder_files_per_s=%.1f"
              + " shred_files_per_s=%.1f shredder_mib_per_s=%.1f shred_mib_per_s=%.1f%n",
          run + 1,
          shredderFirst ? "FileShredder" : "shred",
          shredderMs[run],
          shredMs[run],
          perSecond(files, shredderMs[run]),
          perSecond(files, shredMs[run]),
          perSecond(mib(files, size), shredderMs[run]),
          perSecond(mib(files, size), shredMs[run]));
    }
    Files.delete(root);

    double medianShredder = median(shredderMs);
    double medianShred = median(shredMs);
    System.out.printf(
        Locale.ROOT,
        "shredder files=%d size=%d median_shredder_ms=%.0f median_shred_ms=%.0f"
            + " shredder_files_per_s=%.1f shred_files_per_s=%.1f ratio_shred_over_shredder=%.2f%n",
        files,
        size,
        medianShredder,
        medianShred,
        perSecond(files, medianShredder),
        perSecond(files, medianShred),
        medianShred / medianShredder);
  }

  private static List<String> names(int files, int run) {
    SplittableRandom random = new SplittableRandom(run);
    List<String> names = new ArrayList<>(files);
    for (int i = 0; i < files; i++) {
      names.add(new UUID(random.nextLong(), random.nextLong()).toString());
    }
    return names;
  }

  /** The same random bytes under the same name in both directories, then everything synced. */
  private static void createIdenticalSets(
      List<String> names, int size, int run, Path first, Path second)
      throws IOException, InterruptedException {
    SplittableRandom random = new SplittableRandom(1_000_003L * (run + 1));
    byte[] content = new byte[size];
    for (String name : names) {
      for (int i = 0; i < size; i += 8) {
        long value = random.nextLong();
        for (int j = i; j < Math.min(size, i + 8); j++) {
          content[j] = (byte) value;
          value >>>= 8;
        }
      }
      write(first.resolve(name), content);
      write(second.resolve(name), content);
    }
    run("sync");
  }

  private static void write(Path file, byte[] content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
    }
  }

  private static long timeShredder(FileShredder shredder, List<Path> files) {
    long start = System.nanoTime();
    for (Path file : files) {
      shredder.shred(file);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static long timeShred(List<Path> files) throws IOException, InterruptedException {
    long start = System.nanoTime();
    for (int from = 0; from < files.size(); from += PATHS_PER_SHRED) {
      List<String> command = new ArrayList<>(List.of("shred", "-n1", "-z", "-u"));
      files.subList(from, Math.min(files.size(), from + PATHS_PER_SHRED)).stream()
          .map(Path::toString)
          .forEach(command::add);
      run(command.toArray(String[]::new));
    }
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException(command[0] + " exited with " + exit);
    }
  }

  private static void requireEmpty(Path directory) throws IOException {
    try (Stream<Path> left = Files.list(directory)) {
      List<Path> remaining = left.limit(5).toList();
      if (!remaining.isEmpty()) {
        throw new IllegalStateException("Files survived in " + directory + ": " + remaining);
      }
    }
  }

  private static double mib(int files, int size) {
    return (double) files * size / (1024 * 1024);
  }

  private static double perSecond(double amount, double ms) {
    return ms == 0 ? Double.POSITIVE_INFINITY : amount * 1000 / ms;
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
  }
}

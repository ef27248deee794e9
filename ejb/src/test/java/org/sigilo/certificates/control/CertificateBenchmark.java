package org.sigilo.certificates.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Measures issuing one certificate (render as PDF/A-3b, then sign) for a large disposition list,
 * against a baseline of writing the same manifest JSON to memory: the ratio says what the PDF and
 * the signature cost beyond the data itself. Not a test; run it by hand:
 *
 * <pre>
 * mvn -B -o -q -pl ejb test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp ejb/target/test-classes:ejb/target/classes:$(cat ejb/target/test-classpath.txt) \
 *     org.sigilo.certificates.control.CertificateBenchmark 100000 3
 * </pre>
 *
 * Arguments: entries (default 100,000), runs (default 3). Peak heap is the sum of the heap pools'
 * peaks during a run (an upper bound), the content itself included.
 */
public final class CertificateBenchmark {

  private CertificateBenchmark() {}

  public static void main(String[] args) throws IOException {
    int entries = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path directory = Files.createTempDirectory("certificate-benchmark");
    try {
      SigningIdentity identity =
          SigningIdentity.generate(
              directory.resolve("signing.p12"), "benchmark".toCharArray(), "Benchmark Org");
      CertificateSigner signer = new CertificateSigner(identity, Optional.empty());
      CertificateContent content = SampleCertificates.content(entries);

      CertificateContent warmUp = SampleCertificates.content(Math.min(entries, 2_000));
      signer.sign(CertificateDocument.render(warmUp), warmUp.title());
      CertificateManifest.write(warmUp, new ByteArrayOutputStream());

      List<Long> certificateMillis = new ArrayList<>();
      List<Long> manifestMillis = new ArrayList<>();
      long size = 0;
      long peakHeap = 0;
      for (int run = 1; run <= runs; run++) {
        System.gc();
        long contentHeap = heapUsed();
        resetPeaks();
        long start = System.nanoTime();
        byte[] pdf = signer.sign(CertificateDocument.render(content), content.title());
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heapPeak();

        System.gc();
        start = System.nanoTime();
        ByteArrayOutputStream manifest = new ByteArrayOutputStream();
        CertificateManifest.write(content, manifest);
        long manifestTime = (System.nanoTime() - start) / 1_000_000;

        SignatureCheck check = CertificateVerification.verify(pdf, identity.certificate());
        if (!check.valid()) {
          throw new IllegalStateException("The benchmark's certificate is invalid: " + check);
        }
        certificateMillis.add(millis);
        manifestMillis.add(manifestTime);
        size = pdf.length;
        peakHeap = Math.max(peakHeap, peak);
        System.out.printf(
            "run=%d entries=%d certificate_ms=%d size_bytes=%d peak_heap_mb=%.1f"
                + " heap_before_mb=%.1f manifest_ms=%d manifest_bytes=%d%n",
            run,
            entries,
            millis,
            pdf.length,
            peak / 1048576.0,
            contentHeap / 1048576.0,
            manifestTime,
            manifest.size());
      }
      long median = median(certificateMillis);
      long manifestMedian = median(manifestMillis);
      System.out.printf(
          "certificate entries=%d runs=%d median_ms=%d size_bytes=%d peak_heap_mb=%.1f"
              + " manifest_median_ms=%d ratio=%.1f max_heap_mb=%.0f%n",
          entries,
          runs,
          median,
          size,
          peakHeap / 1048576.0,
          manifestMedian,
          median / (double) Math.max(1, manifestMedian),
          Runtime.getRuntime().maxMemory() / 1048576.0);
    } finally {
      try (var paths = Files.walk(directory)) {
        paths.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeak() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}

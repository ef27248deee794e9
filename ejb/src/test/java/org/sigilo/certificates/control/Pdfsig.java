package org.sigilo.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's pdfsig, an independent validator. It exits 0 even when a signature is bad, so callers
 * read its report. Its absence fails the test: the check must not be skipped silently.
 */
final class Pdfsig {

  private static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

  private Pdfsig() {}

  /**
   * pdfsig's report on {@code pdf} (certificate-trust checks off: the test keys are self-signed).
   */
  static String report(Path pdf) throws IOException, InterruptedException {
    assertTrue(
        Files.isExecutable(PDFSIG),
        "pdfsig is missing: install poppler-utils (apt-get install poppler-utils)");
    Process process =
        new ProcessBuilder(PDFSIG.toString(), "-nocert", pdf.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdfsig did not finish");
    assertEquals(0, process.exitValue(), "pdfsig failed: " + output);
    return output;
  }
}

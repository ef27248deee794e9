package org.sigilo.it.inserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Poppler's {@code pdfsig}, the independent PAdES validator the tests ask. It exits 0 even when a
 * signature is invalid, so callers read its output. Missing, it fails the test loudly: {@code
 * .ci/run} installs poppler-utils.
 */
final class Pdfsig {

  private Pdfsig() {}

  /** pdfsig's report on the PDF, standard output and error together. */
  static String check(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("certificate-", ".pdf");
    try {
      Files.write(file, pdf);
      Process pdfsig =
          new ProcessBuilder("pdfsig", file.toString()).redirectErrorStream(true).start();
      String output = new String(pdfsig.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!pdfsig.waitFor(60, TimeUnit.SECONDS)) {
        pdfsig.destroyForcibly();
        throw new IllegalStateException("pdfsig did not finish within a minute");
      }
      return output;
    } catch (IOException e) {
      throw new IllegalStateException(
          "pdfsig (poppler-utils) is needed to validate certificates: " + e.getMessage(), e);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}

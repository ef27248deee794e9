package org.sigilo.certificates.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate for 100,000 destroyed records renders and signs in seconds in a JVM with a 64 MiB
 * heap (this class runs in its own surefire execution with -Xmx64m; see ejb/pom.xml), the content
 * itself taking some 26 MiB of it: pages and manifest go through bounded scratch storage and are
 * never held as one string or one uncompressed buffer.
 */
class HundredThousandRecordsUnderSmallHeapTest {

  @TempDir Path directory;

  @Test
  void aHundredThousandRecordsRenderAndSignWithinSecondsInASmallHeap() {
    SigningIdentity identity =
        SigningIdentity.generate(directory.resolve("signing.p12"), "pw".toCharArray(), "Org");
    CertificateContent content = SampleCertificates.content(100_000);
    long start = System.nanoTime();
    byte[] pdf =
        new CertificateSigner(identity, Optional.empty())
            .sign(CertificateDocument.render(content), content.title());
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    SignatureCheck check = CertificateVerification.verify(pdf, identity.certificate());
    assertTrue(check.valid(), check.problems().toString());
    assertTrue(
        took.compareTo(Duration.ofSeconds(60)) < 0,
        "100,000 records took " + took + " (about 2 s on a developer machine)");
    System.out.printf(
        "100,000 records: %d ms, %d bytes, heap limit %d MiB%n",
        took.toMillis(), pdf.length, Runtime.getRuntime().maxMemory() >> 20);
  }
}

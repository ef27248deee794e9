package org.sigilo.certificates.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link CertificateVerification} found in a PDF someone handed in. It is valid only when
 * nothing is wrong: then the signature is the expected signer's, covers the whole file and matches
 * it byte for byte, and its timestamp (if any) belongs to it.
 *
 * @param valid whether the signature holds, i.e. {@code problems} is empty
 * @param sha256 the SHA-256 of the whole file, lower-case hex, so the caller can look the file up
 *     among the certificates it issued
 * @param signer the subject of the certificate that signed, RFC 2253, or {@code ""} if none could
 *     be read
 * @param timestamp the time an RFC 3161 timestamp authority vouches for (PAdES B-T), if present and
 *     sound
 * @param problems what is wrong, one sentence each, for a person to read
 */
public record SignatureCheck(
    boolean valid,
    String sha256,
    String signer,
    Optional<Instant> timestamp,
    List<String> problems) {

  public SignatureCheck {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(timestamp, "timestamp");
    problems = List.copyOf(problems);
    if (valid && !problems.isEmpty()) {
      throw new IllegalArgumentException("A signature with problems is not valid: " + problems);
    }
  }
}

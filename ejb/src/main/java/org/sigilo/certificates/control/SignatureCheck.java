package org.sigilo.certificates.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.Messages;

/**
 * What {@link CertificateVerification} found in a PDF someone handed in. It is valid only when
 * nothing is wrong: then the signature is the expected signer's, covers the whole file and matches
 * it byte for byte, and its timestamp (if any) belongs to it.
 *
 * @param valid whether the signature holds, i.e. {@code findings} is empty
 * @param sha256 the SHA-256 of the whole file, lower-case hex, so the caller can look the file up
 *     among the certificates it issued
 * @param signer the subject of the certificate that signed, RFC 2253, or {@code ""} if none could
 *     be read
 * @param timestamp the time an RFC 3161 timestamp authority vouches for (PAdES B-T), if present and
 *     sound
 * @param findings what is wrong, one sentence each, for a person to read in their language
 */
public record SignatureCheck(
    boolean valid,
    String sha256,
    String signer,
    Optional<Instant> timestamp,
    List<Message> findings) {

  public SignatureCheck {
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(timestamp, "timestamp");
    findings = List.copyOf(findings);
    if (valid && !findings.isEmpty()) {
      throw new IllegalArgumentException("A signature with problems is not valid: " + findings);
    }
  }

  /** What is wrong, in English. */
  public List<String> problems() {
    return problems(Messages.BASE);
  }

  /** What is wrong, in a language. */
  public List<String> problems(Locale language) {
    return Message.in(language, findings);
  }
}

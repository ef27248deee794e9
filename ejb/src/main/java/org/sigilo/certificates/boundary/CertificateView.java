package org.sigilo.certificates.boundary;

import java.time.Instant;

/**
 * A destruction certificate as listed: what it covers and how to check it (its SHA-256); read
 * without its PDF.
 */
public record CertificateView(
    long number,
    long runId,
    long listId,
    Instant issuedAt,
    String sha256,
    long sizeBytes,
    String signer,
    boolean timestamped,
    long destroyed,
    long failed,
    long held) {

  /** The JPQL select of this view, over {@code DestructionCertificate c} and its run {@code r}. */
  public static final String SELECT =
      "SELECT new org.sigilo.certificates.boundary.CertificateView(c.number, c.runId, r.listId,"
          + " c.issuedAt, c.sha256, c.sizeBytes, c.signer, c.timestamped, c.destroyedCount,"
          + " c.failedCount, c.heldCount)";
}

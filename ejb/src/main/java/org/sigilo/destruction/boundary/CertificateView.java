package org.sigilo.destruction.boundary;

import java.time.Instant;
import org.sigilo.destruction.entity.DestructionCertificate;

/** A destruction certificate as listed: what it covers and how to check it (its SHA-256). */
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

  static CertificateView of(DestructionCertificate certificate, long listId) {
    return new CertificateView(
        certificate.number(),
        certificate.runId(),
        listId,
        certificate.issuedAt(),
        certificate.sha256(),
        certificate.sizeBytes(),
        certificate.signer(),
        certificate.timestamped(),
        certificate.destroyedCount(),
        certificate.failedCount(),
        certificate.heldCount());
  }
}

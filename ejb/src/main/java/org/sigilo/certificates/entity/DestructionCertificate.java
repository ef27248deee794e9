package org.sigilo.certificates.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The signed PDF issued for one destruction run. Invariants: numbered without gaps in issue order;
 * never changed once issued (its SHA-256 is in the audit trail, so a change would show).
 */
@Entity
@Table(name = "destruction_certificate")
public class DestructionCertificate {

  @Id
  @Column(name = "certificate_number")
  private long number;

  @Column(name = "run_id", nullable = false, unique = true)
  private long runId;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "signer", nullable = false, length = 500)
  private String signer;

  @Column(name = "signer_certificate", nullable = false)
  private byte[] signerCertificate;

  @Column(name = "timestamped", nullable = false)
  private boolean timestamped;

  @Column(name = "destroyed_count", nullable = false)
  private long destroyedCount;

  @Column(name = "failed_count", nullable = false)
  private long failedCount;

  @Column(name = "held_count", nullable = false)
  private long heldCount;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "pdf", nullable = false)
  private byte[] pdf;

  protected DestructionCertificate() {}

  public DestructionCertificate(
      long number,
      long runId,
      Instant issuedAt,
      String sha256,
      String signer,
      byte[] signerCertificate,
      boolean timestamped,
      long destroyedCount,
      long failedCount,
      long heldCount,
      byte[] pdf) {
    this.number = number;
    this.runId = runId;
    this.issuedAt = Objects.requireNonNull(issuedAt);
    this.sha256 = Objects.requireNonNull(sha256);
    this.signer = Objects.requireNonNull(signer);
    this.signerCertificate = Objects.requireNonNull(signerCertificate);
    this.timestamped = timestamped;
    this.destroyedCount = destroyedCount;
    this.failedCount = failedCount;
    this.heldCount = heldCount;
    this.pdf = Objects.requireNonNull(pdf);
    this.sizeBytes = pdf.length;
  }

  public long number() {
    return number;
  }

  public long runId() {
    return runId;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String sha256() {
    return sha256;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String signer() {
    return signer;
  }

  /** The signer's X.509 certificate, DER-encoded, as it signed this certificate. */
  public byte[] signerCertificate() {
    return signerCertificate;
  }

  public boolean timestamped() {
    return timestamped;
  }

  public long destroyedCount() {
    return destroyedCount;
  }

  public long failedCount() {
    return failedCount;
  }

  public long heldCount() {
    return heldCount;
  }

  public byte[] pdf() {
    return pdf;
  }
}

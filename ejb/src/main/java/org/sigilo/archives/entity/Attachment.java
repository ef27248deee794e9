package org.sigilo.archives.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a call. Invariants: the stored name is random (no personal data reaches the
 * file system); the original name exists only sealed; size and SHA-256 describe the plaintext.
 */
@Entity
@Table(name = "call_attachment")
@NamedQuery(
    name = Attachment.OF_CALL,
    query = "SELECT a FROM Attachment a WHERE a.callId = :callId ORDER BY a.createdAt")
public class Attachment {

  public static final String OF_CALL = "Attachment.ofCall";

  @Id
  @Column(name = "id", length = 36)
  private String id;

  @Column(name = "call_id", nullable = false)
  private long callId;

  @Column(name = "stored_name", nullable = false, length = 36)
  private String storedName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "name_sealed", nullable = false)
  private byte[] nameSealed;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Attachment() {}

  public Attachment(
      String id,
      long callId,
      String storedName,
      String mediaType,
      byte[] nameSealed,
      long sizeBytes,
      String sha256,
      String createdBy,
      Instant createdAt) {
    this.id = Objects.requireNonNull(id);
    this.callId = callId;
    this.storedName = Objects.requireNonNull(storedName);
    this.mediaType = Objects.requireNonNull(mediaType);
    this.nameSealed = Objects.requireNonNull(nameSealed);
    this.sizeBytes = sizeBytes;
    this.sha256 = Objects.requireNonNull(sha256);
    this.createdBy = Objects.requireNonNull(createdBy);
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public String id() {
    return id;
  }

  public long callId() {
    return callId;
  }

  public String storedName() {
    return storedName;
  }

  public String mediaType() {
    return mediaType;
  }

  public byte[] nameSealed() {
    return nameSealed;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant createdAt() {
    return createdAt;
  }
}

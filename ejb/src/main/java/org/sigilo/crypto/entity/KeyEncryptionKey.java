package org.sigilo.crypto.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A key-encryption key for one disposition epoch ({@code 2033-05}: records due in May 2033; or
 * {@link #PENDING} while a record's due date is unknown), stored only wrapped by a master key.
 * Invariant: a live key has wrapped bytes; a destroyed one has none and a destruction time.
 */
@Entity
@Table(name = "key_encryption_key")
@NamedQuery(
    name = KeyEncryptionKey.LIVE_FOR_EPOCH,
    query =
        "SELECT k FROM KeyEncryptionKey k WHERE k.epoch = :epoch AND k.destroyedAt IS NULL"
            + " ORDER BY k.generation DESC")
@NamedQuery(
    name = KeyEncryptionKey.LIVE,
    query = "SELECT k FROM KeyEncryptionKey k WHERE k.destroyedAt IS NULL ORDER BY k.id")
public class KeyEncryptionKey {

  public static final String PENDING = "pending";
  public static final String LIVE_FOR_EPOCH = "KeyEncryptionKey.liveForEpoch";
  public static final String LIVE = "KeyEncryptionKey.live";

  @Id
  @SequenceGenerator(
      name = "key_encryption_key_seq",
      sequenceName = "key_encryption_key_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "key_encryption_key_seq")
  private Long id;

  @Column(name = "epoch", nullable = false, length = 16)
  private String epoch;

  @Column(name = "generation", nullable = false)
  private int generation;

  @Column(name = "master_alias", nullable = false, length = 32)
  private String masterAlias;

  @Column(name = "wrapped_key")
  private byte[] wrappedKey;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "destroyed_at")
  private Instant destroyedAt;

  protected KeyEncryptionKey() {}

  public KeyEncryptionKey(
      String epoch, int generation, String masterAlias, byte[] wrappedKey, Instant createdAt) {
    if (!PENDING.equals(epoch) && !epoch.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException("An epoch is a month (2033-05) or 'pending': " + epoch);
    }
    this.epoch = epoch;
    this.generation = generation;
    this.masterAlias = Objects.requireNonNull(masterAlias);
    this.wrappedKey = Objects.requireNonNull(wrappedKey).clone();
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  public Long id() {
    return id;
  }

  public String epoch() {
    return epoch;
  }

  public String masterAlias() {
    return masterAlias;
  }

  public byte[] wrappedKey() {
    if (destroyedAt != null) {
      throw new IllegalStateException(
          "Key-encryption key " + epoch + " was destroyed at " + destroyedAt);
    }
    return wrappedKey.clone();
  }

  public boolean isDestroyed() {
    return destroyedAt != null;
  }

  /** The same key, wrapped by another master key (rotation); the key itself does not change. */
  public void rewrap(String newMasterAlias, byte[] newWrappedKey) {
    if (destroyedAt != null) {
      throw new IllegalStateException("A destroyed key-encryption key cannot be re-wrapped");
    }
    this.masterAlias = Objects.requireNonNull(newMasterAlias);
    this.wrappedKey = Objects.requireNonNull(newWrappedKey).clone();
  }
}

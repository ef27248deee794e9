package org.sigilo.crypto.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A record's data key, wrapped by the key-encryption key of the record's epoch. Deleting this row
 * (and, once its epoch is empty, the key-encryption key) is the record's cryptographic erase.
 */
@Entity
@Table(name = "record_data_key")
public class RecordDataKey {

  @Id
  @Column(name = "record_id")
  private long recordId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "kek_id")
  private KeyEncryptionKey keyEncryptionKey;

  @Column(name = "wrapped_key", nullable = false)
  private byte[] wrappedKey;

  protected RecordDataKey() {}

  public RecordDataKey(long recordId, KeyEncryptionKey keyEncryptionKey, byte[] wrappedKey) {
    this.recordId = recordId;
    this.keyEncryptionKey = Objects.requireNonNull(keyEncryptionKey);
    this.wrappedKey = Objects.requireNonNull(wrappedKey).clone();
  }

  public long recordId() {
    return recordId;
  }

  public KeyEncryptionKey keyEncryptionKey() {
    return keyEncryptionKey;
  }

  public byte[] wrappedKey() {
    return wrappedKey.clone();
  }
}

package org.sigilo.crypto.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import org.sigilo.crypto.entity.KeyEncryptionKey;
import org.sigilo.crypto.entity.RecordDataKey;

/**
 * Envelope encryption for records. Each record gets a random data key, stored only wrapped by the
 * key-encryption key of its epoch; values are sealed with {@link FieldCipher}. Used by boundaries
 * inside their transactions; it checks no roles itself, the boundaries do.
 */
@ApplicationScoped
public class KeyVault {

  @Inject EntityManager entityManager;
  @EJB MasterKeys masterKeys;

  /** Creates the data key of a new record under the live 'pending' key-encryption key. */
  public SecretKey createDataKey(long recordId) {
    KeyEncryptionKey pending = liveKey(KeyEncryptionKey.PENDING);
    SecretKey dataKey = KeyWrapper.newAesKey();
    entityManager.persist(
        new RecordDataKey(recordId, pending, KeyWrapper.wrap(unwrap(pending), dataKey)));
    return dataKey;
  }

  /** The record's data key, unwrapped; fails clearly when it has been destroyed. */
  public SecretKey dataKey(long recordId) {
    RecordDataKey stored = entityManager.find(RecordDataKey.class, recordId);
    if (stored == null) {
      throw new CryptoException(
          "Record " + recordId + " has no data key: it was destroyed, or never existed");
    }
    return KeyWrapper.unwrap(
        unwrap(stored.keyEncryptionKey()),
        stored.wrappedKey(),
        "the data key of record " + recordId);
  }

  /** Seals a text value of a record's field under its data key; null stays null. */
  public static byte[] seal(SecretKey dataKey, long recordId, String field, String plaintext) {
    return plaintext == null
        ? null
        : FieldCipher.encrypt(dataKey, recordId, field, plaintext.getBytes(StandardCharsets.UTF_8));
  }

  /** Opens what {@link #seal} sealed, for the same record and field only. */
  public static String open(SecretKey dataKey, long recordId, String field, byte[] sealed) {
    return sealed == null
        ? null
        : new String(FieldCipher.decrypt(dataKey, recordId, field, sealed), StandardCharsets.UTF_8);
  }

  /** A record's stored data key, to be moved under the key of another disposition epoch. */
  public record DataKeyMove(long recordId, long fromKekId, byte[] wrappedKey, String toEpoch) {}

  /** The same data key, wrapped by the key of its new epoch. */
  public record MovedDataKey(long recordId, long fromKekId, long toKekId, byte[] wrappedKey) {}

  /**
   * Re-wraps data keys under the live key-encryption keys of their disposition epochs, creating an
   * epoch's key when it has none yet; the data keys themselves (and so all ciphertext) stay the
   * same. The caller stores the result in its transaction. Fails on the first key that cannot be
   * unwrapped, naming its record: a sweep must not carry on past a damaged key.
   */
  public List<MovedDataKey> moveToEpochs(List<DataKeyMove> moves) {
    Map<Long, SecretKey> keysById = new HashMap<>();
    Map<String, Long> keyIdsByEpoch = new HashMap<>();
    List<MovedDataKey> moved = new ArrayList<>(moves.size());
    for (DataKeyMove move : moves) {
      long toKekId = keyIdsByEpoch.computeIfAbsent(move.toEpoch(), masterKeys::liveEpochKey);
      SecretKey from = keysById.computeIfAbsent(move.fromKekId(), this::keyEncryptionKey);
      SecretKey to = keysById.computeIfAbsent(toKekId, this::keyEncryptionKey);
      SecretKey dataKey =
          KeyWrapper.unwrap(from, move.wrappedKey(), "the data key of record " + move.recordId());
      moved.add(
          new MovedDataKey(
              move.recordId(), move.fromKekId(), toKekId, KeyWrapper.wrap(to, dataKey)));
    }
    return moved;
  }

  private SecretKey keyEncryptionKey(long id) {
    KeyEncryptionKey kek = entityManager.find(KeyEncryptionKey.class, id);
    if (kek == null) {
      throw new CryptoException("There is no key-encryption key " + id);
    }
    return unwrap(kek);
  }

  /**
   * Adds a new master key and re-wraps every live key-encryption key with it; data keys and data
   * stay as they are. Answers the new master key's alias.
   */
  public String rotateMasterKey() {
    String next = masterKeys.rotate();
    SecretKey nextKey = masterKeys.key(next);
    List<KeyEncryptionKey> live =
        entityManager
            .createNamedQuery(KeyEncryptionKey.LIVE, KeyEncryptionKey.class)
            .getResultList();
    for (KeyEncryptionKey kek : live) {
      kek.rewrap(next, KeyWrapper.wrap(nextKey, unwrap(kek)));
    }
    return next;
  }

  private KeyEncryptionKey liveKey(String epoch) {
    return entityManager
        .createNamedQuery(KeyEncryptionKey.LIVE_FOR_EPOCH, KeyEncryptionKey.class)
        .setParameter("epoch", epoch)
        // no auto-flush: the caller's new record may not be complete until its content is sealed
        .setFlushMode(FlushModeType.COMMIT)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new CryptoException("No live key-encryption key for epoch " + epoch));
  }

  private SecretKey unwrap(KeyEncryptionKey kek) {
    return KeyWrapper.unwrap(
        masterKeys.key(kek.masterAlias()), kek.wrappedKey(), "key-encryption key " + kek.epoch());
  }
}

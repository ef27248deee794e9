package org.sigilo.it.inserver;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.sigilo.crypto.control.KeyVault;
import org.sigilo.crypto.control.KeyWrapper;
import org.sigilo.crypto.control.MasterKeys;
import org.sigilo.crypto.entity.KeyEncryptionKey;
import org.sigilo.crypto.entity.RecordDataKey;

/** Drives the key vault inside transactions, as a boundary would. */
@Stateless
public class KeyVaultProbe {

  @Inject KeyVault keyVault;
  @Inject EntityManager entityManager;
  @EJB MasterKeys masterKeys;

  public byte[] createKeyAndSeal(long recordId, String field, String plaintext) {
    return KeyVault.seal(keyVault.createDataKey(recordId), recordId, field, plaintext);
  }

  public String open(long recordId, String field, byte[] ciphertext) {
    return KeyVault.open(keyVault.dataKey(recordId), recordId, field, ciphertext);
  }

  public String rotateMasterKey() {
    return keyVault.rotateMasterKey();
  }

  public String masterAliasOf(long recordId) {
    return entityManager.find(RecordDataKey.class, recordId).keyEncryptionKey().masterAlias();
  }

  /**
   * Tries to open a sealed field from copies of its rows (the ciphertext and the wrapped data key,
   * as a database backup would hold them) with everything the running system still has: every
   * key-encryption key not destroyed, unwrapped with the master keystore. Answers the plaintext, or
   * null when no key left opens the data key.
   */
  public String openFromCopies(long recordId, String field, byte[] wrappedDataKey, byte[] sealed) {
    for (KeyEncryptionKey kek :
        entityManager
            .createQuery("SELECT k FROM KeyEncryptionKey k", KeyEncryptionKey.class)
            .getResultList()) {
      if (kek.isDestroyed()) {
        continue; // destroyed: nothing left to try
      }
      try {
        javax.crypto.SecretKey keyEncryptionKey =
            KeyWrapper.unwrap(masterKeys.key(kek.masterAlias()), kek.wrappedKey(), "kek");
        javax.crypto.SecretKey dataKey =
            KeyWrapper.unwrap(keyEncryptionKey, wrappedDataKey, "the copied data key");
        return KeyVault.open(dataKey, recordId, field, sealed);
      } catch (RuntimeException notThisKey) {
        // wrapped by another key: try the next
      }
    }
    return null;
  }

  public void eraseDataKey(long recordId) {
    entityManager.remove(entityManager.find(RecordDataKey.class, recordId));
  }
}

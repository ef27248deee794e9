package org.sigilo.it.inserver;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.sigilo.crypto.control.KeyVault;
import org.sigilo.crypto.entity.RecordDataKey;

/** Drives the key vault inside transactions, as a boundary would. */
@Stateless
public class KeyVaultProbe {

  @Inject KeyVault keyVault;
  @Inject EntityManager entityManager;

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

  public void eraseDataKey(long recordId) {
    entityManager.remove(entityManager.find(RecordDataKey.class, recordId));
  }
}

package org.sigilo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigilo.crypto.control.CryptoException;
import org.sigilo.it.SigiloDeployment;

/** Envelope encryption against the real keystore and database. */
@ExtendWith(ArquillianExtension.class)
class KeyVaultIT {

  @Deployment
  static EnterpriseArchive sigiloWithTests() {
    return SigiloDeployment.earWithTests(KeyVaultIT.class.getPackage());
  }

  @EJB KeyVaultProbe vault;

  private static long newRecordId() {
    return ThreadLocalRandom.current().nextLong(1_000_000_000L, Long.MAX_VALUE);
  }

  @Test
  void aSealedFieldOpensWithItsRecordsDataKey() {
    long record = newRecordId();
    byte[] sealed = vault.createKeyAndSeal(record, "summary", "Wants to move the mortgage");
    assertEquals("Wants to move the mortgage", vault.open(record, "summary", sealed));
  }

  @Test
  void masterKeyRotationRewrapsKeysAndLeavesDataReadable() {
    long record = newRecordId();
    byte[] sealed = vault.createKeyAndSeal(record, "notes", "Asked for a callback");
    String before = vault.masterAliasOf(record);
    String after = vault.rotateMasterKey();
    assertNotEquals(before, after);
    assertEquals(after, vault.masterAliasOf(record));
    assertEquals("Asked for a callback", vault.open(record, "notes", sealed));
  }

  @Test
  void withItsDataKeyGoneARecordCannotBeReadAnyMore() {
    long record = newRecordId();
    byte[] sealed = vault.createKeyAndSeal(record, "summary", "to be erased");
    vault.eraseDataKey(record);
    EJBException failure =
        assertThrows(EJBException.class, () -> vault.open(record, "summary", sealed));
    Throwable cause = failure.getCause();
    assertTrue(cause instanceof CryptoException, String.valueOf(cause));
    assertTrue(cause.getMessage().contains("no data key"), cause.getMessage());
  }
}

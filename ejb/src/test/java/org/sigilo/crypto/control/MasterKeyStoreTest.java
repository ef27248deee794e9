package org.sigilo.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyStoreTest {

  @TempDir Path directory;

  @Test
  void aCreatedKeystoreOpensAgainWithTheSameKey() {
    Path path = directory.resolve("master.p12");
    SecretKey created = MasterKeyStore.create(path, "test-password".toCharArray()).current();
    MasterKeyStore reopened = MasterKeyStore.open(path, "test-password".toCharArray());
    assertEquals("master-1", reopened.currentAlias());
    assertArrayEquals(created.getEncoded(), reopened.current().getEncoded());
  }

  @Test
  void theWrongPasswordFailsWithAClearError() {
    Path path = directory.resolve("master.p12");
    MasterKeyStore.create(path, "right".toCharArray());
    CryptoException failure =
        assertThrows(CryptoException.class, () -> MasterKeyStore.open(path, "wrong".toCharArray()));
    assertTrue(failure.getMessage().contains("wrong password"), failure.getMessage());
  }

  @Test
  void aMissingKeystoreSaysWhereItWasLookedFor() {
    Path path = directory.resolve("nowhere.p12");
    CryptoException failure =
        assertThrows(CryptoException.class, () -> MasterKeyStore.open(path, "x".toCharArray()));
    assertTrue(failure.getMessage().contains(path.toString()));
  }

  @Test
  void rotationAddsANewCurrentKeyAndKeepsTheOldOne() {
    Path path = directory.resolve("master.p12");
    MasterKeyStore store = MasterKeyStore.create(path, "pw".toCharArray());
    SecretKey first = store.current();
    assertEquals("master-2", store.rotate());
    MasterKeyStore reopened = MasterKeyStore.open(path, "pw".toCharArray());
    assertEquals("master-2", reopened.currentAlias());
    assertArrayEquals(first.getEncoded(), reopened.key("master-1").getEncoded());
    assertTrue(!java.util.Arrays.equals(first.getEncoded(), reopened.current().getEncoded()));
  }

  @Test
  void anExistingKeystoreIsNeverOverwritten() throws Exception {
    Path path = directory.resolve("master.p12");
    Files.writeString(path, "precious");
    assertThrows(CryptoException.class, () -> MasterKeyStore.create(path, "pw".toCharArray()));
    assertEquals("precious", Files.readString(path));
  }
}

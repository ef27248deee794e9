package org.sigilo.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private final SecretKey key = KeyWrapper.newAesKey();
  private final byte[] summary =
      "Customer asked about the mortgage on 12 Rose St".getBytes(StandardCharsets.UTF_8);

  @Test
  void whatIsEncryptedDecryptsForTheSameRecordAndField() {
    byte[] sealed = FieldCipher.encrypt(key, 42, "summary", summary);
    assertArrayEquals(summary, FieldCipher.decrypt(key, 42, "summary", sealed));
  }

  @Test
  void theCiphertextNeverContainsThePlaintextAndDiffersEachTime() {
    byte[] first = FieldCipher.encrypt(key, 42, "summary", summary);
    byte[] second = FieldCipher.encrypt(key, 42, "summary", summary);
    assertFalse(Arrays.equals(first, second));
    assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("mortgage"));
  }

  @Test
  void aTamperedCiphertextFails() {
    byte[] sealed = FieldCipher.encrypt(key, 42, "summary", summary);
    sealed[sealed.length / 2] ^= 1;
    CryptoException failure =
        assertThrows(CryptoException.class, () -> FieldCipher.decrypt(key, 42, "summary", sealed));
    assertTrue(failure.getMessage().contains("altered"), failure.getMessage());
  }

  @Test
  void aCiphertextMovedToAnotherRecordFails() {
    byte[] sealed = FieldCipher.encrypt(key, 42, "summary", summary);
    assertThrows(CryptoException.class, () -> FieldCipher.decrypt(key, 43, "summary", sealed));
  }

  @Test
  void aCiphertextMovedToAnotherFieldFails() {
    byte[] sealed = FieldCipher.encrypt(key, 42, "summary", summary);
    assertThrows(CryptoException.class, () -> FieldCipher.decrypt(key, 42, "notes", sealed));
  }

  @Test
  void theWrongKeyFails() {
    byte[] sealed = FieldCipher.encrypt(key, 42, "summary", summary);
    assertThrows(
        CryptoException.class,
        () -> FieldCipher.decrypt(KeyWrapper.newAesKey(), 42, "summary", sealed));
  }

  @Test
  void truncatedOrForeignBytesFailWithAClearMessage() {
    CryptoException failure =
        assertThrows(
            CryptoException.class, () -> FieldCipher.decrypt(key, 1, "notes", new byte[5]));
    assertTrue(failure.getMessage().contains("not a Sigilo ciphertext"));
  }
}

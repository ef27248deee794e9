package org.sigilo.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class KeyWrapperTest {

  @Test
  void aWrappedKeyUnwrapsWithItsWrappingKey() {
    SecretKey kek = KeyWrapper.newAesKey();
    SecretKey dataKey = KeyWrapper.newAesKey();
    byte[] wrapped = KeyWrapper.wrap(kek, dataKey);
    assertEquals(40, wrapped.length, "RFC 3394: 32-byte key plus 8-byte integrity block");
    assertArrayEquals(
        dataKey.getEncoded(), KeyWrapper.unwrap(kek, wrapped, "data key").getEncoded());
  }

  @Test
  void theWrongWrappingKeyFailsWithAClearError() {
    byte[] wrapped = KeyWrapper.wrap(KeyWrapper.newAesKey(), KeyWrapper.newAesKey());
    CryptoException failure =
        assertThrows(
            CryptoException.class,
            () -> KeyWrapper.unwrap(KeyWrapper.newAesKey(), wrapped, "key-encryption key 2033-05"));
    assertTrue(failure.getMessage().contains("key-encryption key 2033-05"), failure.getMessage());
    assertTrue(failure.getMessage().contains("wrong master key"), failure.getMessage());
  }
}

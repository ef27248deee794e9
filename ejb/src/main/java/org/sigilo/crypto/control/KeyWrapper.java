package org.sigilo.crypto.control;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;

/**
 * AES-256 keys and AES key wrap (RFC 3394, with its integrity check): data keys are stored only
 * wrapped by a key-encryption key, key-encryption keys only wrapped by the master key.
 */
public final class KeyWrapper {

  private KeyWrapper() {}

  public static SecretKey newAesKey() {
    try {
      KeyGenerator generator = KeyGenerator.getInstance("AES");
      generator.init(256);
      return generator.generateKey();
    } catch (NoSuchAlgorithmException e) {
      throw new CryptoException("AES is not available in this JVM", e);
    }
  }

  public static byte[] wrap(SecretKey wrappingKey, SecretKey key) {
    try {
      Cipher cipher = Cipher.getInstance("AESWrap");
      cipher.init(Cipher.WRAP_MODE, wrappingKey);
      return cipher.wrap(key);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES key wrap failed", e);
    }
  }

  /**
   * Unwraps {@code wrapped}; {@code what} names it in the error ("key-encryption key 2026-11"). A
   * wrong wrapping key fails RFC 3394's integrity check and is reported as such.
   */
  public static SecretKey unwrap(SecretKey wrappingKey, byte[] wrapped, String what) {
    try {
      Cipher cipher = Cipher.getInstance("AESWrap");
      cipher.init(Cipher.UNWRAP_MODE, wrappingKey);
      Key key = cipher.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
      return (SecretKey) key;
    } catch (InvalidKeyException e) {
      throw new CryptoException(
          "Cannot unwrap "
              + what
              + ": it was not wrapped by this key (wrong master key or keystore?)",
          e);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES key unwrap failed for " + what, e);
    }
  }
}

package org.sigilo.crypto.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for one value of one record. The associated data names the record and the field
 * ({@code sigilo:v1:<record>:<field>}), so a ciphertext copied to another record or field fails to
 * decrypt instead of showing the wrong customer's data.
 *
 * <p>Layout: version byte (1), 12-byte random nonce, ciphertext with its 16-byte tag. A fresh nonce
 * per encryption; with a key per record the number of encryptions under one key stays far below
 * GCM's limits.
 */
public final class FieldCipher {

  static final byte VERSION = 1;
  static final int NONCE_BYTES = 12;
  static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private FieldCipher() {}

  public static byte[] encrypt(SecretKey dataKey, long recordId, String field, byte[] plaintext) {
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(associatedData(recordId, field));
      byte[] sealed = cipher.doFinal(plaintext);
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM is not available in this JVM", e);
    }
  }

  public static byte[] decrypt(SecretKey dataKey, long recordId, String field, byte[] ciphertext) {
    if (ciphertext == null || ciphertext.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
      throw new CryptoException(
          "The " + field + " of record " + recordId + " is not a Sigilo ciphertext");
    }
    if (ciphertext[0] != VERSION) {
      throw new CryptoException(
          "The "
              + field
              + " of record "
              + recordId
              + " has unknown format version "
              + ciphertext[0]);
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_BITS, ciphertext, 1, NONCE_BYTES));
      cipher.updateAAD(associatedData(recordId, field));
      return cipher.doFinal(ciphertext, 1 + NONCE_BYTES, ciphertext.length - 1 - NONCE_BYTES);
    } catch (AEADBadTagException e) {
      throw new CryptoException(
          "The "
              + field
              + " of record "
              + recordId
              + " does not authenticate: it was altered, or belongs to another record or field",
          e);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM is not available in this JVM", e);
    }
  }

  /** The associated data for a record's field. */
  private static byte[] associatedData(long recordId, String field) {
    return ("sigilo:v1:" + recordId + ":" + field).getBytes(StandardCharsets.UTF_8);
  }
}

package org.sigilo.crypto.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SegmentedCipherTest {

  private static final int S = SegmentedCipher.SEGMENT;
  private final SecretKey key = KeyWrapper.newAesKey();

  private static byte[] data(int size) {
    byte[] bytes = new byte[size];
    new Random(size).nextBytes(bytes);
    return bytes;
  }

  private byte[] encrypt(byte[] plain, String context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SegmentedCipher.encrypt(key, context, new ByteArrayInputStream(plain), out);
    return out.toByteArray();
  }

  private byte[] decrypt(byte[] sealed, String context) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SegmentedCipher.decrypt(key, context, new ByteArrayInputStream(sealed), out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, S - 1, S, S + 1, 3 * S, 3 * S + 17})
  void everySizeRoundTripsWithItsSizeAndDigest(int size) throws Exception {
    byte[] plain = data(size);
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    SegmentedCipher.Digest digest =
        SegmentedCipher.encrypt(key, "42:attachment:a", new ByteArrayInputStream(plain), sealed);
    assertEquals(size, digest.size());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(plain)),
        digest.sha256());
    assertArrayEquals(plain, decrypt(sealed.toByteArray(), "42:attachment:a"));
  }

  @Test
  void aChangedByteAnywhereFails() throws Exception {
    byte[] sealed = encrypt(data(2 * S + 5), "1:attachment:x");
    sealed[12 + S + 100] ^= 1;
    assertThrows(CryptoException.class, () -> decrypt(sealed, "1:attachment:x"));
  }

  @Test
  void aFileCutAtASegmentBoundaryFails() throws Exception {
    byte[] sealed = encrypt(data(3 * S), "1:attachment:x");
    byte[] cut = Arrays.copyOf(sealed, 12 + 2 * (S + 16));
    CryptoException failure =
        assertThrows(CryptoException.class, () -> decrypt(cut, "1:attachment:x"));
    assertTrue(failure.getMessage().contains("cut short"), failure.getMessage());
  }

  @Test
  void swappedSegmentsFail() throws Exception {
    byte[] sealed = encrypt(data(3 * S), "1:attachment:x");
    byte[] swapped = sealed.clone();
    System.arraycopy(sealed, 12, swapped, 12 + S + 16, S + 16);
    System.arraycopy(sealed, 12 + S + 16, swapped, 12, S + 16);
    assertThrows(CryptoException.class, () -> decrypt(swapped, "1:attachment:x"));
  }

  @Test
  void aFileMovedToAnotherRecordOrAttachmentFails() throws Exception {
    byte[] sealed = encrypt(data(100), "1:attachment:x");
    assertThrows(CryptoException.class, () -> decrypt(sealed, "2:attachment:x"));
    assertThrows(CryptoException.class, () -> decrypt(sealed, "1:attachment:y"));
  }

  @Test
  void somethingElseIsNotTakenForAnArchiveFile() {
    assertThrows(
        CryptoException.class, () -> decrypt("not an archive".getBytes(), "1:attachment:x"));
  }
}

package org.sigilo.crypto.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM for files of any size in constant memory: the plaintext is cut into segments of
 * {@value #SEGMENT} bytes, each sealed on its own, so each is authenticated before any of it is
 * released (Java's GCM would otherwise hold a whole file in memory to check one tag at the end).
 *
 * <p>Layout: {@code "SGA1"}, an 8-byte random nonce prefix, then the sealed segments. Segment
 * {@code i} uses nonce = prefix || i and associated data = the caller's context (record and
 * attachment), i, and whether it is the last segment; so segments cannot be reordered, swapped
 * between files or records, and a file cannot be cut short without the loss being detected. There
 * is always a last segment, possibly empty.
 */
public final class SegmentedCipher {

  static final int SEGMENT = 64 * 1024;
  static final int TAG_BYTES = 16;
  private static final byte[] MAGIC = "SGA1".getBytes(StandardCharsets.US_ASCII);
  private static final SecureRandom RANDOM = new SecureRandom();

  private SegmentedCipher() {}

  /** Size and SHA-256 (hex) of the plaintext that went through. */
  public record Digest(long size, String sha256) {}

  public static Digest encrypt(SecretKey key, String context, InputStream in, OutputStream out)
      throws IOException {
    byte[] prefix = new byte[8];
    RANDOM.nextBytes(prefix);
    out.write(MAGIC);
    out.write(prefix);
    MessageDigest sha256 = sha256();
    byte[] current = new byte[SEGMENT];
    byte[] next = new byte[SEGMENT];
    int currentLength = in.readNBytes(current, 0, SEGMENT);
    long index = 0;
    long size = 0;
    while (true) {
      int nextLength = currentLength < SEGMENT ? 0 : in.readNBytes(next, 0, SEGMENT);
      boolean last = currentLength < SEGMENT || nextLength == 0;
      sha256.update(current, 0, currentLength);
      size += currentLength;
      out.write(seal(key, prefix, index, context, last, current, currentLength));
      if (last) {
        return new Digest(size, HexFormat.of().formatHex(sha256.digest()));
      }
      byte[] swap = current;
      current = next;
      next = swap;
      currentLength = nextLength;
      index++;
    }
  }

  /**
   * Writes the plaintext of {@code in} to {@code out}, a segment at a time, each only after it
   * authenticated; a changed, reordered, foreign or cut-short file fails with a CryptoException.
   */
  public static Digest decrypt(SecretKey key, String context, InputStream in, OutputStream out)
      throws IOException {
    PushbackInputStream source = new PushbackInputStream(in, 1);
    byte[] magic = source.readNBytes(MAGIC.length);
    if (!java.util.Arrays.equals(MAGIC, magic)) {
      throw new CryptoException("Not a Sigilo archive file (" + context + ")");
    }
    byte[] prefix = source.readNBytes(8);
    if (prefix.length != 8) {
      throw new CryptoException("The archive file is cut short (" + context + ")");
    }
    MessageDigest sha256 = sha256();
    byte[] sealed = new byte[SEGMENT + TAG_BYTES];
    long index = 0;
    long size = 0;
    while (true) {
      int length = source.readNBytes(sealed, 0, sealed.length);
      int peek = length == sealed.length ? source.read() : -1;
      if (peek >= 0) {
        source.unread(peek);
      }
      boolean last = peek < 0;
      if (length < TAG_BYTES) {
        throw new CryptoException("The archive file is cut short (" + context + ")");
      }
      byte[] plain = open(key, prefix, index, context, last, sealed, length);
      sha256.update(plain);
      size += plain.length;
      out.write(plain);
      if (last) {
        return new Digest(size, HexFormat.of().formatHex(sha256.digest()));
      }
      index++;
    }
  }

  private static byte[] seal(
      SecretKey key,
      byte[] prefix,
      long index,
      String context,
      boolean last,
      byte[] plain,
      int length) {
    try {
      return cipher(Cipher.ENCRYPT_MODE, key, prefix, index, context, last)
          .doFinal(plain, 0, length);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM is not available in this JVM", e);
    }
  }

  private static byte[] open(
      SecretKey key,
      byte[] prefix,
      long index,
      String context,
      boolean last,
      byte[] sealed,
      int length) {
    try {
      return cipher(Cipher.DECRYPT_MODE, key, prefix, index, context, last)
          .doFinal(sealed, 0, length);
    } catch (AEADBadTagException e) {
      throw new CryptoException(
          "Segment "
              + index
              + " of the archive file does not authenticate ("
              + context
              + "): it was altered, cut short, reordered or belongs elsewhere",
          e);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("AES-GCM is not available in this JVM", e);
    }
  }

  /** A GCM cipher for segment {@code index}: its nonce and its associated data. */
  private static Cipher cipher(
      int mode, SecretKey key, byte[] prefix, long index, String context, boolean last)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce(prefix, index)));
    cipher.updateAAD(
        ("sigilo:v1:" + context + ":" + index + ":" + (last ? "last" : "more"))
            .getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  private static byte[] nonce(byte[] prefix, long index) {
    if (index > 0xFFFF_FFFFL) {
      throw new CryptoException("An archive file this large (over 256 TiB) is not supported");
    }
    return ByteBuffer.allocate(12).put(prefix).putInt((int) index).array();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}

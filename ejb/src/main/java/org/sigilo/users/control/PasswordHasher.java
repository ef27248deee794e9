package org.sigilo.users.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, deliberately slow password hashes (PBKDF2 with HMAC-SHA-512, 210,000 iterations, as
 * OWASP's password storage guidance recommends). The stored form names algorithm and iterations,
 * {@code pbkdf2-sha512$210000$salt$hash}, so the cost can be raised later without breaking old
 * hashes.
 */
public final class PasswordHasher {

  static final String SCHEME = "pbkdf2-sha512";
  static final int ITERATIONS = 210_000;
  private static final int SALT_BYTES = 16;
  private static final int HASH_BITS = 512;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A hash of {@code password} with a fresh random salt. */
  public String hash(char[] password) {
    byte[] salt = new byte[SALT_BYTES];
    RANDOM.nextBytes(salt);
    return encode(ITERATIONS, salt, derive(password, salt, ITERATIONS));
  }

  /**
   * Whether {@code password} matches {@code storedHash}, compared in constant time. A malformed
   * stored hash never matches.
   */
  public boolean matches(char[] password, String storedHash) {
    String[] parts = storedHash == null ? new String[0] : storedHash.split("\\$");
    if (parts.length != 4 || !SCHEME.equals(parts[0])) {
      return false;
    }
    try {
      int iterations = Integer.parseInt(parts[1]);
      byte[] salt = Base64.getDecoder().decode(parts[2]);
      byte[] expected = Base64.getDecoder().decode(parts[3]);
      return MessageDigest.isEqual(expected, derive(password, salt, iterations));
    } catch (IllegalArgumentException malformed) {
      return false;
    }
  }

  /**
   * Spends the same time as checking a real password, so that a wrong user name cannot be told from
   * a wrong password by timing.
   */
  public void burnEquivalentTime(char[] password) {
    derive(password, "sigilo-no-such-user".getBytes(StandardCharsets.UTF_8), ITERATIONS);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA512 is not available in this JVM", e);
    } finally {
      spec.clearPassword();
    }
  }

  private static String encode(int iterations, byte[] salt, byte[] hash) {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return SCHEME
        + "$"
        + iterations
        + "$"
        + base64.encodeToString(salt)
        + "$"
        + base64.encodeToString(hash);
  }
}

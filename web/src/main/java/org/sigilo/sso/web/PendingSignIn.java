package org.sigilo.sso.web;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A sign-in sent to the provider and not yet back, kept in the visitor's session: {@code state}
 * ties the provider's answer to this browser (CSRF on the callback), {@code nonce} ties the ID
 * token to this sign-in (replay), the PKCE verifier ties the code to it (a stolen code is useless).
 *
 * @param destination the path inside Sigilo to go to afterwards
 * @param redirectUri the callback address sent to the provider (the code exchange repeats it)
 */
record PendingSignIn(
    String state, String nonce, String codeVerifier, String destination, String redirectUri)
    implements Serializable {

  static final String SESSION_KEY = "org.sigilo.sso.pending-sign-in";

  private static final SecureRandom RANDOM = new SecureRandom();

  static PendingSignIn start(String destination, String redirectUri) {
    return new PendingSignIn(random(), random(), random(), destination, redirectUri);
  }

  /** RFC 7636 S256: Base64url(SHA-256(verifier)). */
  String codeChallenge() {
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}

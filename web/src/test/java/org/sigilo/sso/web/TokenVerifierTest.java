package org.sigilo.sso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checks on the provider's tokens, against keys made here (a provider of our own). */
class TokenVerifierTest {

  private static final String ISSUER = "https://id.example.org/realms/staff";

  private static RSAKey providerKey;
  private static RSAKey strangerKey;
  private static TokenVerifier verifier;

  @BeforeAll
  static void provider() throws JOSEException {
    providerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    // same key id as the provider's: only the signature can tell them apart
    strangerKey = new RSAKeyGenerator(2048).keyID("provider").generate();
    verifier =
        new TokenVerifier(
            ISSUER,
            "sigilo-portal",
            "sigilo-portal",
            "groups",
            new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));
  }

  private static JWTClaimsSet.Builder claims() {
    return new JWTClaimsSet.Builder()
        .issuer(ISSUER)
        .subject("f3a1")
        .claim("preferred_username", "robot")
        .audience(List.of("sigilo-portal", "account"))
        .claim("groups", List.of("records-manager", "/auditor", "staff"))
        .issueTime(new Date())
        .expirationTime(Date.from(Instant.now().plusSeconds(300)));
  }

  private static String signed(JWTClaimsSet claims, RSAKey key) throws JOSEException {
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
    jwt.sign(new RSASSASigner(key));
    return jwt.serialize();
  }

  @Test
  void aValidTokenGivesTheSigiloRolesOfItsRolesClaimOnly() throws Exception {
    VerifiedToken token = verifier.verifyAccessToken(signed(claims().build(), providerKey));

    assertEquals("robot", token.username());
    assertEquals(Set.of("records-manager", "auditor"), token.sigiloRoles());
  }

  @Test
  void aTokenIssuedToSigilosOwnClientPassesWithoutTheAudience() throws Exception {
    JWTClaimsSet claims = claims().audience("account").claim("azp", "sigilo-portal").build();

    assertEquals("robot", verifier.verifyAccessToken(signed(claims, providerKey)).username());
  }

  @Test
  void anExpiredTokenIsRefusedAsExpired() throws Exception {
    JWTClaimsSet claims =
        claims().expirationTime(Date.from(Instant.now().minusSeconds(3600))).build();

    InvalidToken refused =
        assertThrows(
            InvalidToken.class, () -> verifier.verifyAccessToken(signed(claims, providerKey)));
    assertEquals("sso.token.expired", refused.why().key());
  }

  @Test
  void aTokenSignedByAnotherKeyIsRefused() throws Exception {
    InvalidToken refused =
        assertThrows(
            InvalidToken.class,
            () -> verifier.verifyAccessToken(signed(claims().build(), strangerKey)));
    assertEquals("sso.token.bad-signature", refused.why().key());
  }

  @Test
  void aTokenOfAnotherIssuerIsRefused() throws Exception {
    JWTClaimsSet claims = claims().issuer("https://evil.example.org").build();

    InvalidToken refused =
        assertThrows(
            InvalidToken.class, () -> verifier.verifyAccessToken(signed(claims, providerKey)));
    assertEquals("sso.token.wrong-issuer", refused.why().key());
  }

  @Test
  void aTokenForAnotherAudienceIsRefused() throws Exception {
    JWTClaimsSet claims = claims().audience("another-app").claim("azp", "another-app").build();

    InvalidToken refused =
        assertThrows(
            InvalidToken.class, () -> verifier.verifyAccessToken(signed(claims, providerKey)));
    assertEquals("sso.token.not-for-sigilo", refused.why().key());
  }

  @Test
  void unsignedAndSecretSignedTokensAreRefused() throws Exception {
    String unsigned = new PlainJWT(claims().build()).serialize();
    SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
    hmac.sign(new MACSigner("a-shared-secret-of-at-least-256-bits-for-hs256!!"));

    assertThrows(InvalidToken.class, () -> verifier.verifyAccessToken(unsigned));
    assertThrows(InvalidToken.class, () -> verifier.verifyAccessToken(hmac.serialize()));
    assertThrows(InvalidToken.class, () -> verifier.verifyAccessToken("not-a-token"));
  }

  @Test
  void anIdTokenMustCarryThisSignInsNonce() throws Exception {
    String idToken = signed(claims().claim("nonce", "n-1").build(), providerKey);

    assertEquals("robot", verifier.verifyIdToken(idToken, "n-1").username());
    assertThrows(InvalidToken.class, () -> verifier.verifyIdToken(idToken, "n-2"));
  }

  @Test
  void anIdTokenIsNoBearerToken() throws Exception {
    String withNonce = signed(claims().claim("nonce", "n-1").build(), providerKey);
    String keycloakId = signed(claims().claim("typ", "ID").build(), providerKey);
    String keycloakAccess = signed(claims().claim("typ", "Bearer").build(), providerKey);

    assertThrows(InvalidToken.class, () -> verifier.verifyAccessToken(withNonce));
    assertThrows(InvalidToken.class, () -> verifier.verifyAccessToken(keycloakId));
    assertEquals("robot", verifier.verifyAccessToken(keycloakAccess).username());
  }
}

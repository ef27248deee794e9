package org.sigilo.sso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SsoConfigurationTest {

  private final SsoConfiguration configuration = new SsoConfiguration();

  @AfterEach
  void forget() {
    for (String name : new String[] {"issuer", "client-id", "client-secret", "roles-claim"}) {
      System.clearProperty("sigilo.oidc." + name);
    }
  }

  @Test
  void offUnlessIssuerClientIdAndSecretAreAllThere() {
    assertFalse(configuration.isConfigured());
    System.setProperty("sigilo.oidc.issuer", "https://id.example.org/realms/staff/");
    System.setProperty("sigilo.oidc.client-id", "sigilo");
    assertFalse(configuration.isConfigured(), "no secret yet");
    System.setProperty("sigilo.oidc.client-secret", " ");
    assertFalse(configuration.isConfigured(), "a blank secret is none");

    System.setProperty("sigilo.oidc.client-secret", "s3cret");
    assertTrue(configuration.isConfigured());
    assertEquals("https://id.example.org/realms/staff", configuration.issuer().orElseThrow());
  }

  @Test
  void rolesComeFromGroupsAndTheAudienceIsTheClientUnlessConfigured() {
    System.setProperty("sigilo.oidc.client-id", "sigilo");
    assertEquals("groups", configuration.rolesClaim());
    assertEquals("sigilo", configuration.audience());

    System.setProperty("sigilo.oidc.roles-claim", "sigilo_roles");
    assertEquals("sigilo_roles", configuration.rolesClaim());
  }

  @Test
  void eachSignInHasItsOwnStateNonceAndS256Challenge() {
    PendingSignIn one = PendingSignIn.start("/index.xhtml", "http://h/sigilo/sso/callback");
    PendingSignIn two = PendingSignIn.start("/index.xhtml", "http://h/sigilo/sso/callback");
    assertNotEquals(one.state(), two.state());
    assertNotEquals(one.nonce(), two.nonce());
    assertNotEquals(one.codeVerifier(), two.codeVerifier());

    // Base64url(SHA-256) of a fixed verifier, as Python's hashlib computes it
    PendingSignIn fixed =
        new PendingSignIn(
            "s", "n", "dBjftJeZ4CVP-mJ92K1NhDNnRfNt5sl6qjCBazFeY0Lw", "/index.xhtml", "http://h");
    assertEquals("7Sk9TTl7OQkteSCaXCsEUhsEij-sDgQnGpYi5a2mhnM", fixed.codeChallenge());
  }
}

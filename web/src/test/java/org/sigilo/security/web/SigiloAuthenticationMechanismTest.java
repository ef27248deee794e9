package org.sigilo.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigiloAuthenticationMechanismTest {

  private static String basic(String raw) {
    return "Basic " + Base64.getEncoder().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void basicCredentialsAreSplitAtTheFirstColon() {
    var credential =
        SigiloAuthenticationMechanism.decodeBasic(basic("legal:pa:ss:wörd")).orElseThrow();
    assertEquals("legal", credential.getCaller());
    assertEquals("pa:ss:wörd", credential.getPasswordAsString());
  }

  @Test
  void malformedBasicHeadersAreRejected() {
    assertTrue(SigiloAuthenticationMechanism.decodeBasic("Basic !!!not-base64").isEmpty());
    assertTrue(SigiloAuthenticationMechanism.decodeBasic(basic("no-colon")).isEmpty());
    assertTrue(
        SigiloAuthenticationMechanism.decodeBasic(basic(":password-without-user")).isEmpty());
  }
}

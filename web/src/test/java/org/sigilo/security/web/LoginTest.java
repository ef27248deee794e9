package org.sigilo.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LoginTest {

  private static String destinationFor(String from) {
    Login login = new Login();
    login.setFrom(from);
    return login.safeDestination();
  }

  @Test
  void returnsToThePageThatAskedForSignIn() {
    assertEquals(
        "/audit/audit-trail.xhtml?first=25", destinationFor("/audit/audit-trail.xhtml?first=25"));
  }

  @Test
  void neverRedirectsOutsideSigilo() {
    for (String from :
        new String[] {
          null,
          "",
          "https://evil.example/",
          "//evil.example/x",
          "/\\evil.example",
          "javascript:alert(1)",
          "/login.xhtml"
        }) {
      assertEquals("/index.xhtml", destinationFor(from), String.valueOf(from));
    }
  }
}

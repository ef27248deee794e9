package org.sigilo.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The demo users the test servers create at first start (one per role; see README). */
public enum DemoUser {
  AGENT("agent"),
  RECORDS_MANAGER("records-manager"),
  LEGAL("legal"),
  AUDITOR("auditor"),
  ADMIN("admin");

  private final String username;

  DemoUser(String username) {
    this.username = username;
  }

  public String username() {
    return username;
  }

  public String password() {
    return username + "-demo";
  }

  public String basicAuthorization() {
    return basic(username, password());
  }

  public static String basic(String username, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

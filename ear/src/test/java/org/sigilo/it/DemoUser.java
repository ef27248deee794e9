package org.sigilo.it;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The demo users the test servers create at first start (one per role and one records manager who
 * is also legal; see README).
 */
public enum DemoUser {
  AGENT("agent", "agent"),
  RECORDS_MANAGER("records-manager", "records-manager"),
  LEGAL("legal", "legal"),
  AUDITOR("auditor", "auditor"),
  ADMIN("admin", "admin"),
  /** Records manager and legal at once: the case the two-person rule is for. */
  RECORDS_AND_LEGAL("records-legal", "records-manager", "legal");

  private final String username;
  private final List<String> roles;

  DemoUser(String username, String... roles) {
    this.username = username;
    this.roles = List.of(roles);
  }

  public List<String> roles() {
    return roles;
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

package org.sigilo.users.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The people who use Sigilo. The code is the role name the container checks (web.xml,
 * {@code @RolesAllowed}); the description says what the role may do, in the words of the portal.
 */
public enum Role {
  AGENT("agent", "Document customer calls: identity verification, consent, what was discussed."),
  RECORDS_MANAGER(
      "records-manager", "Keep retention schedules, review what falls due and run disposition."),
  LEGAL("legal", "Place and release legal holds, approve destruction, pull certificates."),
  AUDITOR("auditor", "Read the audit trail, verify its chain and verify certificates."),
  ADMIN("admin", "Look after the system: its health and its audit trail.");

  public static final String AGENT_CODE = "agent";
  public static final String RECORDS_MANAGER_CODE = "records-manager";
  public static final String LEGAL_CODE = "legal";
  public static final String AUDITOR_CODE = "auditor";
  public static final String ADMIN_CODE = "admin";

  private final String code;
  private final String duties;

  Role(String code, String duties) {
    this.code = code;
    this.duties = duties;
  }

  public String code() {
    return code;
  }

  public String duties() {
    return duties;
  }

  public static Optional<Role> ofCode(String code) {
    return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
  }
}

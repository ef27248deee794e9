package org.sigilo.users.entity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The people who use Sigilo. The code is the role name the container checks (web.xml,
 * {@code @RolesAllowed}); the role's name and what it may do are in the message bundle, {@code
 * role.NAME} and {@code role.NAME.duties}, in every language.
 */
public enum Role {
  AGENT("agent"),
  RECORDS_MANAGER("records-manager"),
  LEGAL("legal"),
  AUDITOR("auditor"),
  ADMIN("admin");

  public static final String AGENT_CODE = "agent";
  public static final String RECORDS_MANAGER_CODE = "records-manager";
  public static final String LEGAL_CODE = "legal";
  public static final String AUDITOR_CODE = "auditor";
  public static final String ADMIN_CODE = "admin";

  private final String code;

  Role(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Role> ofCode(String code) {
    return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
  }
}

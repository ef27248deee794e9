package org.sigilo.sso.web;

import java.util.Set;

/**
 * A token whose signature, issuer, lifetime and audience have been checked.
 *
 * @param username who it names: {@code preferred_username}, else the subject
 * @param sigiloRoles the values of the roles claim that are Sigilo role codes (may be empty)
 * @param claimedRoles all values of the roles claim, as the provider sent them (for the audit)
 */
public record VerifiedToken(String username, Set<String> sigiloRoles, Set<String> claimedRoles) {

  public VerifiedToken {
    sigiloRoles = Set.copyOf(sigiloRoles);
    claimedRoles = Set.copyOf(claimedRoles);
  }
}

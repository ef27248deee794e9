package org.sigilo.users.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.Principal;
import java.util.Locale;
import java.util.Optional;
import org.sigilo.users.control.PasswordHasher;
import org.sigilo.users.entity.UserAccount;

/**
 * User accounts. Open to unauthenticated callers because signing in is how one becomes
 * authenticated; it only ever answers "these credentials are valid, with these roles" or nothing.
 */
@Stateless
@PermitAll
public class UserAccounts {

  @Inject EntityManager entityManager;
  @Resource SessionContext sessionContext;

  private final PasswordHasher hasher = new PasswordHasher();

  /**
   * The account whose password matches, or empty for an unknown user or a wrong password alike
   * (taking the same time either way).
   */
  public Optional<UserAccount> authenticate(String username, char[] password) {
    if (username == null
        || username.isBlank()
        || username.length() > 64
        || username.chars().anyMatch(Character::isISOControl)
        || password == null) {
      return Optional.empty();
    }
    UserAccount account = entityManager.find(UserAccount.class, username);
    if (account == null) {
      hasher.burnEquivalentTime(password);
      return Optional.empty();
    }
    return hasher.matches(password, account.passwordHash())
        ? Optional.of(account)
        : Optional.empty();
  }

  /**
   * Remembers the language the signed-in caller chose in the portal, for their next sign-in. Only
   * ever the caller's own account; nobody signed in, nothing to remember.
   */
  public void rememberLanguage(Locale language) {
    Principal caller = sessionContext.getCallerPrincipal();
    if (caller == null || language == null) {
      return;
    }
    UserAccount account = entityManager.find(UserAccount.class, caller.getName());
    if (account != null) {
      account.preferLanguage(language.toLanguageTag());
    }
  }

  public Optional<UserAccount> find(String username) {
    return username == null
        ? Optional.empty()
        : Optional.ofNullable(entityManager.find(UserAccount.class, username));
  }
}

package org.sigilo.users.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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

  public Optional<UserAccount> find(String username) {
    return username == null
        ? Optional.empty()
        : Optional.ofNullable(entityManager.find(UserAccount.class, username));
  }
}

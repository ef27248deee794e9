package org.sigilo.users.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.Principal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.platform.i18n.Message;
import org.sigilo.users.control.PasswordHasher;
import org.sigilo.users.control.PasswordPolicy;
import org.sigilo.users.entity.UserAccount;

/**
 * User accounts. Open to unauthenticated callers because signing in is how one becomes
 * authenticated; it only ever answers "these credentials are valid, with these roles" or nothing. A
 * disabled account is, for signing in and for {@link #find}, as if it did not exist: which is what
 * makes API credentials remembered for it fail at the next request (the sign-in mechanism compares
 * the account as found now with the one it remembered).
 */
@Stateless
@PermitAll
public class UserAccounts {

  @Inject EntityManager entityManager;
  @Resource SessionContext sessionContext;
  @EJB AuditEvents auditEvents;

  private final PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy policy = new PasswordPolicy();

  /**
   * The account whose password matches, or empty for an unknown user, a wrong password or a
   * disabled account alike (taking the same time either way).
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
    boolean matches = hasher.matches(password, account.passwordHash());
    return matches && !account.disabled() ? Optional.of(account) : Optional.empty();
  }

  /**
   * The signed-in caller changes their own password: the current one must be given and right, the
   * new one must pass the policy. Ends the duty to change it (a new or reset password).
   */
  public void changeOwnPassword(String currentPassword, String newPassword) {
    Principal caller = sessionContext.getCallerPrincipal();
    UserAccount account =
        caller == null
            ? null
            : entityManager.find(
                UserAccount.class, caller.getName(), LockModeType.PESSIMISTIC_WRITE);
    if (account == null || account.disabled()) {
      throw PeopleRefusal.forbidden(Message.of("refusal.users.not-signed-in"));
    }
    if (currentPassword == null
        || currentPassword.isEmpty()
        || !hasher.matches(currentPassword.toCharArray(), account.passwordHash())) {
      auditEvents.recordIndependently(
          account.username(),
          "password-change-refused",
          "user:" + account.username(),
          Outcome.DENIED,
          "current password wrong or missing");
      throw PeopleRefusal.invalid(Message.of("problem.users.password-current"));
    }
    List<Message> problems = new ArrayList<>();
    List<String> advice = List.of();
    PasswordPolicy.Verdict verdict =
        policy.check(
            newPassword, account.username(), account.displayName(), account.email().orElse(null));
    problems.addAll(verdict.problems());
    advice = verdict.advice();
    if (problems.isEmpty() && newPassword.equals(currentPassword)) {
      problems.add(Message.of("problem.users.password-unchanged"));
    }
    if (!problems.isEmpty()) {
      throw PeopleRefusal.invalid(problems, advice);
    }
    account.changePassword(hasher.hash(newPassword.toCharArray()), true, Instant.now());
    auditEvents.record(
        account.username(),
        "password-changed",
        "user:" + account.username(),
        Outcome.SUCCESS,
        "by its owner");
  }

  /**
   * Whether the account must replace its password before anything else (a new or reset password).
   * False for an unknown or disabled account, which cannot get this far.
   */
  public boolean mustChangePassword(String username) {
    return find(username).map(UserAccount::mustChangePassword).orElse(false);
  }

  /** What documents print about a person: display name and job title, for disabled accounts too. */
  public Optional<Person> person(String username) {
    return Optional.ofNullable(
            username == null ? null : entityManager.find(UserAccount.class, username))
        .map(account -> new Person(account.username(), account.displayName(), account.jobTitle()));
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

  /** An account that may sign in: empty for an unknown or a disabled one. */
  public Optional<UserAccount> find(String username) {
    return username == null
        ? Optional.empty()
        : Optional.ofNullable(entityManager.find(UserAccount.class, username))
            .filter(account -> !account.disabled());
  }
}

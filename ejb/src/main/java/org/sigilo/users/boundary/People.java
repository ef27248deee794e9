package org.sigilo.users.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.platform.i18n.Message;
import org.sigilo.users.control.PasswordHasher;
import org.sigilo.users.control.PasswordPolicy;
import org.sigilo.users.entity.Role;
import org.sigilo.users.entity.UserAccount;

/**
 * People, as admins manage them: list and filter, create, change roles, disable and enable, reset a
 * password. Every change is audited with who made it and, except creation, why (a reason is
 * required). Nothing is ever deleted: the audit trail and certificates name people long after they
 * left.
 *
 * <p>There is always an active admin: disabling one or taking the role away first locks the rows of
 * every active admin ({@code SELECT ... FOR UPDATE}, in user-name order so that two such changes
 * queue rather than deadlock), then counts them afresh, so two admins disabling each other at once
 * cannot both succeed.
 */
@Stateless
@RolesAllowed(Role.ADMIN_CODE)
public class People {

  /** A reason says something: at least this many characters. */
  static final int MIN_REASON = 5;

  static final int MAX_REASON = 2000;

  /** The active admins' rows, locked in a fixed order; H2 and PostgreSQL both read it. */
  private static final String LOCK_ACTIVE_ADMINS =
      "SELECT a.username FROM user_account a WHERE a.disabled = FALSE AND a.username IN"
          + " (SELECT r.username FROM user_role r WHERE r.role = 'admin')"
          + " ORDER BY a.username FOR UPDATE";

  @Inject EntityManager entityManager;
  @EJB AuditEvents auditEvents;
  @Resource SessionContext session;

  private final PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy policy = new PasswordPolicy();

  /**
   * People in user-name order. {@code text}: part of the user name, display name, job title or
   * email, any case; {@code role}: a role code; {@code status}: {@code active} or {@code disabled}.
   * Each filter is optional.
   */
  public List<PersonView> list(String text, String role, String status) {
    List<Message> problems = new ArrayList<>();
    Optional<Role> wantedRole = Optional.empty();
    if (blank(role) == null) {
      wantedRole = Optional.empty();
    } else {
      wantedRole = Role.ofCode(role.trim());
      if (wantedRole.isEmpty()) {
        problems.add(Message.of("problem.users.role-unknown", role));
      }
    }
    String wantedStatus = blank(status);
    if (wantedStatus != null && !List.of("active", "disabled").contains(wantedStatus)) {
      problems.add(Message.of("problem.users.status", wantedStatus));
    }
    if (!problems.isEmpty()) {
      throw PeopleRefusal.invalid(problems);
    }
    String needle = blank(text) == null ? null : text.trim().toLowerCase(Locale.ROOT);
    Optional<Role> roleFilter = wantedRole;
    return entityManager
        .createNamedQuery(UserAccount.ALL, UserAccount.class)
        .getResultStream()
        .filter(a -> roleFilter.isEmpty() || a.roles().contains(roleFilter.get()))
        .filter(a -> wantedStatus == null || a.disabled() == "disabled".equals(wantedStatus))
        .filter(a -> needle == null || matches(a, needle))
        .map(PersonView::of)
        .toList();
  }

  public PersonView find(String username) {
    return PersonView.of(account(username));
  }

  /**
   * Creates a person whose password must be changed at first sign-in: the one given (which the
   * policy must accept) or, without one, a one-time password answered once.
   */
  public PasswordIssued create(PersonRequest request) {
    if (request == null) {
      throw PeopleRefusal.invalid(Message.of("problem.users.request-missing"));
    }
    List<Message> problems = new ArrayList<>();
    List<String> advice = List.of();
    String username = blank(request.username());
    String displayName = blank(request.displayName());
    String jobTitle = blank(request.jobTitle());
    String email = blank(request.email());
    if (username == null || !UserAccount.USERNAME.matcher(username).matches()) {
      problems.add(Message.of("problem.users.username", username == null ? "" : username));
    } else if (entityManager.find(UserAccount.class, username) != null) {
      problems.add(Message.of("problem.users.username-taken", username));
    }
    if (displayName == null || displayName.length() > UserAccount.MAX_NAME) {
      problems.add(Message.of("problem.users.display-name", UserAccount.MAX_NAME));
    }
    if (jobTitle == null || jobTitle.length() > UserAccount.MAX_NAME) {
      problems.add(Message.of("problem.users.job-title", UserAccount.MAX_NAME));
    }
    if (email != null
        && (email.length() > UserAccount.MAX_EMAIL
            || !UserAccount.EMAIL.matcher(email).matches())) {
      problems.add(Message.of("problem.users.email", email));
    }
    Set<Role> roles = roles(request.roles(), problems);
    String password = request.password();
    boolean generated = password == null || password.isEmpty();
    if (generated) {
      password = policy.oneTimePassword();
    } else {
      PasswordPolicy.Verdict verdict = policy.check(password, username, displayName, email);
      problems.addAll(verdict.problems());
      advice = verdict.advice();
    }
    if (!problems.isEmpty()) {
      throw PeopleRefusal.invalid(problems, advice);
    }
    UserAccount account =
        new UserAccount(
            username,
            displayName,
            jobTitle,
            email,
            hasher.hash(password.toCharArray()),
            roles,
            Instant.now(),
            true);
    try {
      entityManager.persist(account);
      entityManager.flush();
    } catch (PersistenceException taken) {
      // another admin created the same user name a moment ago
      throw PeopleRefusal.invalid(Message.of("problem.users.username-taken", username));
    }
    auditEvents.record(
        caller(),
        "user-created",
        "user:" + username,
        Outcome.SUCCESS,
        "roles " + codes(roles) + "; " + (generated ? "one-time password made" : "password given"));
    return new PasswordIssued(PersonView.of(account), generated ? password : null);
  }

  /**
   * Corrects what certificates print about a person (display name, job title) and their email,
   * saying why; the same rules as at creation.
   */
  public PersonView describe(
      String username, String displayName, String jobTitle, String email, String reason) {
    List<Message> problems = new ArrayList<>();
    String name = blank(displayName);
    String title = blank(jobTitle);
    String address = blank(email);
    if (name == null || name.length() > UserAccount.MAX_NAME) {
      problems.add(Message.of("problem.users.display-name", UserAccount.MAX_NAME));
    }
    if (title == null || title.length() > UserAccount.MAX_NAME) {
      problems.add(Message.of("problem.users.job-title", UserAccount.MAX_NAME));
    }
    if (address != null
        && (address.length() > UserAccount.MAX_EMAIL
            || !UserAccount.EMAIL.matcher(address).matches())) {
      problems.add(Message.of("problem.users.email", address));
    }
    String why = reason(reason, problems);
    if (!problems.isEmpty()) {
      throw PeopleRefusal.invalid(problems);
    }
    UserAccount account = lockedAccount(username);
    String before = account.displayName() + " / " + account.jobTitle();
    account.describe(name, title, address);
    auditEvents.record(
        caller(),
        "user-described",
        "user:" + username,
        Outcome.SUCCESS,
        before + " -> " + name + " / " + title + "; reason: " + why);
    return PersonView.of(account);
  }

  /** Replaces a person's roles, saying why; the last active admin keeps the admin role. */
  public PersonView changeRoles(String username, List<String> roleCodes, String reason) {
    List<Message> problems = new ArrayList<>();
    Set<Role> roles = roles(roleCodes, problems);
    String why = reason(reason, problems);
    if (!problems.isEmpty()) {
      throw PeopleRefusal.invalid(problems);
    }
    UserAccount account;
    if (!roles.contains(Role.ADMIN)) {
      refuseLosingTheLastAdmin(username);
    }
    account = lockedAccount(username);
    Set<Role> before = account.roles();
    account.changeRoles(roles);
    auditEvents.record(
        caller(),
        "user-roles-changed",
        "user:" + username,
        Outcome.SUCCESS,
        codes(before) + " -> " + codes(roles) + "; reason: " + why);
    return PersonView.of(account);
  }

  /**
   * Disables an account, saying why: it cannot sign in from now on, and API credentials remembered
   * for it stop working at the next request. Never the last active admin.
   */
  public PersonView disable(String username, String reason) {
    String why = requiredReason(reason);
    refuseLosingTheLastAdmin(username);
    UserAccount account = lockedAccount(username);
    if (account.disabled()) {
      throw PeopleRefusal.conflict(Message.of("refusal.users.already-disabled", username));
    }
    account.disable();
    auditEvents.record(
        caller(), "user-disabled", "user:" + username, Outcome.SUCCESS, "reason: " + why);
    return PersonView.of(account);
  }

  public PersonView enable(String username, String reason) {
    String why = requiredReason(reason);
    UserAccount account = lockedAccount(username);
    if (!account.disabled()) {
      throw PeopleRefusal.conflict(Message.of("refusal.users.already-enabled", username));
    }
    account.enable();
    auditEvents.record(
        caller(), "user-enabled", "user:" + username, Outcome.SUCCESS, "reason: " + why);
    return PersonView.of(account);
  }

  /**
   * Gives a person a new password, saying why: the one typed (which the policy must accept) or a
   * one-time password answered once. Either way it must be changed at their next sign-in, and the
   * old one stops working at once.
   */
  public PasswordIssued resetPassword(String username, String password, String reason) {
    List<Message> problems = new ArrayList<>();
    String why = reason(reason, problems);
    UserAccount account = lockedAccount(username);
    boolean generated = password == null || password.isEmpty();
    String newPassword = generated ? policy.oneTimePassword() : password;
    List<String> advice = List.of();
    if (!generated) {
      PasswordPolicy.Verdict verdict =
          policy.check(
              password, account.username(), account.displayName(), account.email().orElse(null));
      problems.addAll(verdict.problems());
      advice = verdict.advice();
    }
    if (!problems.isEmpty()) {
      throw PeopleRefusal.invalid(problems, advice);
    }
    account.changePassword(hasher.hash(newPassword.toCharArray()), false, Instant.now());
    auditEvents.record(
        caller(),
        "user-password-reset",
        "user:" + username,
        Outcome.SUCCESS,
        (generated ? "one-time password made" : "password given") + "; reason: " + why);
    return new PasswordIssued(PersonView.of(account), generated ? newPassword : null);
  }

  /**
   * Refuses a change that would leave no active admin if {@code username} stopped being one. Locks
   * the active admins' rows first, so a concurrent change of the same kind waits for this one and
   * then counts what it left.
   */
  private void refuseLosingTheLastAdmin(String username) {
    @SuppressWarnings("unchecked")
    List<Object> locked = entityManager.createNativeQuery(LOCK_ACTIVE_ADMINS).getResultList();
    if (!locked.contains(username)) {
      return; // not an active admin: nothing to lose
    }
    // counted again after the locks were granted: a statement of its own sees what a transaction
    // that held them committed
    Long active =
        entityManager
            .createQuery(
                "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r"
                    + " WHERE r = :admin AND u.disabled = FALSE",
                Long.class)
            .setParameter("admin", Role.ADMIN)
            .getSingleResult();
    if (active <= 1) {
      auditEvents.recordIndependently(
          caller(),
          "user-change-refused",
          "user:" + username,
          Outcome.DENIED,
          "the last active admin must stay an active admin");
      throw PeopleRefusal.conflict(Message.of("refusal.users.last-admin", username));
    }
  }

  private UserAccount account(String username) {
    UserAccount account = username == null ? null : entityManager.find(UserAccount.class, username);
    if (account == null) {
      throw PeopleRefusal.notFound(
          Message.of("refusal.users.not-found", username == null ? "" : username));
    }
    return account;
  }

  private UserAccount lockedAccount(String username) {
    UserAccount account =
        username == null
            ? null
            : entityManager.find(UserAccount.class, username, LockModeType.PESSIMISTIC_WRITE);
    if (account == null) {
      throw PeopleRefusal.notFound(
          Message.of("refusal.users.not-found", username == null ? "" : username));
    }
    return account;
  }

  private static Set<Role> roles(List<String> codes, List<Message> problems) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (codes != null) {
      for (String code : codes) {
        Optional<Role> role = code == null ? Optional.empty() : Role.ofCode(code.trim());
        if (role.isPresent()) {
          roles.add(role.get());
        } else {
          problems.add(Message.of("problem.users.role-unknown", String.valueOf(code)));
        }
      }
    }
    if (roles.isEmpty() && problems.stream().noneMatch(p -> p.key().contains("role"))) {
      problems.add(Message.of("problem.users.roles-missing"));
    }
    return roles;
  }

  private static String requiredReason(String reason) {
    List<Message> problems = new ArrayList<>();
    String why = reason(reason, problems);
    if (!problems.isEmpty()) {
      throw PeopleRefusal.invalid(problems);
    }
    return why;
  }

  private static String reason(String reason, List<Message> problems) {
    String why = blank(reason);
    if (why == null || why.length() < MIN_REASON || why.length() > MAX_REASON) {
      problems.add(Message.of("problem.users.reason", MIN_REASON, MAX_REASON));
    }
    return why;
  }

  private static boolean matches(UserAccount account, String needle) {
    return Optional.of(account.username())
        .filter(s -> s.toLowerCase(Locale.ROOT).contains(needle))
        .or(() -> Optional.of(account.displayName()).filter(s -> lower(s).contains(needle)))
        .or(() -> Optional.of(account.jobTitle()).filter(s -> lower(s).contains(needle)))
        .or(() -> account.email().filter(s -> lower(s).contains(needle)))
        .isPresent();
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static List<String> codes(Set<Role> roles) {
    return roles.stream().map(Role::code).toList();
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

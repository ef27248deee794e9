package org.sigilo.users.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.platform.control.Settings;
import org.sigilo.users.entity.Role;
import org.sigilo.users.entity.UserAccount;

/**
 * The first admin of a database without one (a fresh PostgreSQL: demo users are an H2 convenience):
 * {@code SIGILO_BOOTSTRAP_ADMIN} names it (or {@code sigilo.bootstrap-admin}), {@code
 * SIGILO_BOOTSTRAP_ADMIN_PASSWORD} gives its one-time password (or {@code
 * sigilo.bootstrap-admin-password}); without a password, one is made and printed once in the log.
 * Either way it must be changed at first sign-in, so the one in the environment or the log is
 * worthless afterwards. Nothing happens while any admin account exists: the bootstrap can never add
 * a second way in to a running system. Runs after the demo users, whose admin counts.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoUsers"})
public class BootstrapAdmin {

  /**
   * What the bootstrap does: create {@code username} with {@code password} ({@code generated}: made
   * here, so it must be logged), or nothing, {@code why} saying so in the log (null: nothing to
   * say, an admin exists).
   */
  record Plan(String username, String password, boolean generated, String why) {
    boolean creates() {
      return username != null;
    }
  }

  @EJB AuditEvents auditEvents;
  @Inject EntityManager entityManager;
  @Inject Logger log;

  private final PasswordHasher hasher = new PasswordHasher();

  /** The decision alone, from what the database and the configuration say. */
  static Plan plan(
      boolean adminExists,
      Optional<String> username,
      Predicate<String> taken,
      Optional<String> configuredPassword,
      PasswordPolicy policy) {
    if (adminExists) {
      return new Plan(null, null, false, null);
    }
    if (username.isEmpty()) {
      return new Plan(
          null,
          null,
          false,
          "No admin account exists and SIGILO_BOOTSTRAP_ADMIN is not set: set it (a user name),"
              + " optionally with SIGILO_BOOTSTRAP_ADMIN_PASSWORD, and restart to create the first"
              + " admin.");
    }
    String name = username.get();
    if (!UserAccount.USERNAME.matcher(name).matches()) {
      return new Plan(
          null,
          null,
          false,
          "SIGILO_BOOTSTRAP_ADMIN is not a valid user name (1 to 64 letters, digits, dots, dashes,"
              + " underscores or @): no admin created.");
    }
    if (taken.test(name)) {
      return new Plan(
          null,
          null,
          false,
          "SIGILO_BOOTSTRAP_ADMIN names an existing account that is not an admin: no admin"
              + " created. Name a new user name.");
    }
    if (configuredPassword.isPresent()
        && !policy.check(configuredPassword.get(), name).accepted()) {
      return new Plan(
          null,
          null,
          false,
          "SIGILO_BOOTSTRAP_ADMIN_PASSWORD is too weak (at least "
              + PasswordPolicy.MIN_LENGTH
              + " characters, not a common password): no admin created. Choose a longer one, or"
              + " leave it unset to have one made and printed once here.");
    }
    return configuredPassword
        .map(password -> new Plan(name, password, false, null))
        .orElseGet(() -> new Plan(name, policy.oneTimePassword(), true, null));
  }

  @PostConstruct
  void createWhenNoAdminExists() {
    Long admins =
        entityManager
            .createQuery(
                "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :admin", Long.class)
            .setParameter("admin", Role.ADMIN)
            .getSingleResult();
    Plan plan =
        plan(
            admins > 0,
            Settings.value("sigilo.bootstrap-admin", "SIGILO_BOOTSTRAP_ADMIN"),
            name -> entityManager.find(UserAccount.class, name) != null,
            Settings.value("sigilo.bootstrap-admin-password", "SIGILO_BOOTSTRAP_ADMIN_PASSWORD"),
            new PasswordPolicy());
    if (!plan.creates()) {
      if (plan.why() != null) {
        log.severe(plan.why());
      }
      return;
    }
    entityManager.persist(
        new UserAccount(
            plan.username(),
            plan.username(),
            "Administrator",
            null,
            hasher.hash(plan.password().toCharArray()),
            EnumSet.of(Role.ADMIN),
            Instant.now(),
            true));
    auditEvents.record(
        "system:bootstrap-admin",
        "user-created",
        "user:" + plan.username(),
        Outcome.SUCCESS,
        "first admin, password "
            + (plan.generated() ? "made and logged once" : "from the environment")
            + "; must be changed at first sign-in");
    log.warning(
        "Created the first admin "
            + plan.username()
            + (plan.generated()
                ? " with the one-time setup password " + plan.password() + " (printed this once)"
                : " with the password of SIGILO_BOOTSTRAP_ADMIN_PASSWORD")
            + "; it must be changed at first sign-in.");
  }
}

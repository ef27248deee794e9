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

  @EJB AuditEvents auditEvents;
  @Inject EntityManager entityManager;
  @Inject Logger log;

  private final PasswordHasher hasher = new PasswordHasher();
  private final PasswordPolicy policy = new PasswordPolicy();

  @PostConstruct
  void createWhenNoAdminExists() {
    Long admins =
        entityManager
            .createQuery(
                "SELECT COUNT(u) FROM UserAccount u JOIN u.roles r WHERE r = :admin", Long.class)
            .setParameter("admin", Role.ADMIN)
            .getSingleResult();
    if (admins > 0) {
      return;
    }
    Optional<String> username = Settings.value("sigilo.bootstrap-admin", "SIGILO_BOOTSTRAP_ADMIN");
    if (username.isEmpty()) {
      log.warning(
          "No admin account exists and SIGILO_BOOTSTRAP_ADMIN is not set: set it (a user name),"
              + " optionally with SIGILO_BOOTSTRAP_ADMIN_PASSWORD, and restart to create the first"
              + " admin.");
      return;
    }
    if (!UserAccount.USERNAME.matcher(username.get()).matches()) {
      log.severe(
          "SIGILO_BOOTSTRAP_ADMIN is not a valid user name (1 to 64 letters, digits, dots, dashes,"
              + " underscores or @): no admin created.");
      return;
    }
    if (entityManager.find(UserAccount.class, username.get()) != null) {
      log.severe(
          "SIGILO_BOOTSTRAP_ADMIN names an existing account that is not an admin: no admin"
              + " created. Name a new user name.");
      return;
    }
    Optional<String> configured =
        Settings.value("sigilo.bootstrap-admin-password", "SIGILO_BOOTSTRAP_ADMIN_PASSWORD");
    if (configured.isPresent() && !policy.check(configured.get(), username.get()).accepted()) {
      log.severe(
          "SIGILO_BOOTSTRAP_ADMIN_PASSWORD is too weak (at least "
              + PasswordPolicy.MIN_LENGTH
              + " characters, not a common password): no admin created. Choose a longer one, or"
              + " leave it unset to have one made and printed once here.");
      return;
    }
    String password = configured.orElseGet(policy::oneTimePassword);
    entityManager.persist(
        new UserAccount(
            username.get(),
            username.get(),
            "Administrator",
            null,
            hasher.hash(password.toCharArray()),
            EnumSet.of(Role.ADMIN),
            Instant.now(),
            true));
    auditEvents.record(
        "system:bootstrap-admin",
        "user-created",
        "user:" + username.get(),
        Outcome.SUCCESS,
        "first admin, password "
            + (configured.isPresent() ? "from the environment" : "made and logged once")
            + "; must be changed at first sign-in");
    if (configured.isPresent()) {
      log.warning(
          "Created the first admin "
              + username.get()
              + " with the password of SIGILO_BOOTSTRAP_ADMIN_PASSWORD; it must be changed at"
              + " first sign-in.");
    } else {
      log.warning(
          "Created the first admin "
              + username.get()
              + " with the one-time setup password "
              + password
              + " (printed this once); it must be changed at first sign-in.");
    }
  }
}

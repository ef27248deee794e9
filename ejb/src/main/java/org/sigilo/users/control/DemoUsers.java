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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.platform.control.SchemaMigration;
import org.sigilo.users.entity.Role;
import org.sigilo.users.entity.UserAccount;

/**
 * One demo user per role so that someone trying Sigilo can sign in at once. On by default only on
 * the embedded H2 database; anywhere else only when {@code sigilo.demo-users=true} (system
 * property) or {@code SIGILO_DEMO_USERS=true} (environment) asks for it. The credentials are
 * printed in the startup log and listed in the README: they are demo credentials, not secrets, and
 * must never be enabled on a production database.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class DemoUsers {

  /** User name = role code; password = role code + "-demo". */
  static final Map<Role, String> DISPLAY_NAMES = new LinkedHashMap<>();

  static {
    DISPLAY_NAMES.put(Role.AGENT, "Alex Agent (demo)");
    DISPLAY_NAMES.put(Role.RECORDS_MANAGER, "Robin Records (demo)");
    DISPLAY_NAMES.put(Role.LEGAL, "Lee Legal (demo)");
    DISPLAY_NAMES.put(Role.AUDITOR, "Ari Auditor (demo)");
    DISPLAY_NAMES.put(Role.ADMIN, "Ada Admin (demo)");
  }

  @EJB SchemaMigration schema;
  @EJB AuditEvents auditEvents;
  @Inject EntityManager entityManager;
  @Inject Logger log;

  private final PasswordHasher hasher = new PasswordHasher();

  @PostConstruct
  void createMissingDemoUsers() {
    if (!enabled()) {
      return;
    }
    StringBuilder banner = new StringBuilder("Demo users (user name / password):");
    DISPLAY_NAMES.forEach(
        (role, displayName) -> {
          String username = role.code();
          String password = demoPassword(role);
          if (entityManager.find(UserAccount.class, username) == null) {
            entityManager.persist(
                new UserAccount(
                    username,
                    displayName,
                    hasher.hash(password.toCharArray()),
                    EnumSet.of(role),
                    Instant.now()));
            auditEvents.record(
                "system:demo-users",
                "user-created",
                "user:" + username,
                Outcome.SUCCESS,
                "demo user with role " + role.code());
          }
          banner.append("\n    ").append(username).append(" / ").append(password);
        });
    log.warning(banner + "\n  These are demo credentials: never enable demo users in production.");
  }

  static String demoPassword(Role role) {
    return role.code() + "-demo";
  }

  private boolean enabled() {
    String configured = System.getProperty("sigilo.demo-users", System.getenv("SIGILO_DEMO_USERS"));
    return configured == null ? schema.isEmbeddedH2() : Boolean.parseBoolean(configured.trim());
  }
}

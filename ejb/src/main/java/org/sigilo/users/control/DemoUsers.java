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
import java.util.List;
import java.util.Set;
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

  /**
   * A demo account: user name, display name, job title, roles; the password is the user name +
   * "-demo", and need not be changed at first sign-in (demo credentials are meant to be shared).
   */
  record DemoAccount(String username, String displayName, String jobTitle, Set<Role> roles) {}

  /**
   * One user per role, plus one who is both records manager and legal, as in a small office: the
   * case the two-person rule is for (such a user may not approve a list they submitted).
   */
  static final List<DemoAccount> ACCOUNTS =
      List.of(
          new DemoAccount(
              "agent", "Alex Agent (demo)", "Customer service agent", EnumSet.of(Role.AGENT)),
          new DemoAccount(
              "records-manager",
              "Robin Records (demo)",
              "Records manager",
              EnumSet.of(Role.RECORDS_MANAGER)),
          new DemoAccount("legal", "Lee Legal (demo)", "Legal counsel", EnumSet.of(Role.LEGAL)),
          new DemoAccount("auditor", "Ari Auditor (demo)", "Auditor", EnumSet.of(Role.AUDITOR)),
          new DemoAccount(
              "admin", "Ada Admin (demo)", "System administrator", EnumSet.of(Role.ADMIN)),
          new DemoAccount(
              "records-legal",
              "Sam Records-and-Legal (demo)",
              "Records manager and legal counsel",
              EnumSet.of(Role.RECORDS_MANAGER, Role.LEGAL)));

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
    ACCOUNTS.forEach(
        account -> {
          String username = account.username();
          String password = username + "-demo";
          if (entityManager.find(UserAccount.class, username) == null) {
            entityManager.persist(
                new UserAccount(
                    username,
                    account.displayName(),
                    account.jobTitle(),
                    null,
                    hasher.hash(password.toCharArray()),
                    account.roles(),
                    Instant.now(),
                    false));
            auditEvents.record(
                "system:demo-users",
                "user-created",
                "user:" + username,
                Outcome.SUCCESS,
                "demo user with roles " + account.roles());
          }
          banner.append("\n    ").append(username).append(" / ").append(password);
        });
    log.warning(banner + "\n  These are demo credentials: never enable demo users in production.");
  }

  private boolean enabled() {
    String configured = System.getProperty("sigilo.demo-users", System.getenv("SIGILO_DEMO_USERS"));
    return configured == null ? schema.isEmbeddedH2() : Boolean.parseBoolean(configured.trim());
  }
}

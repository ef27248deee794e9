package org.sigilo.users.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.users.entity.Role;
import org.sigilo.users.entity.SignInSettings;

/**
 * Whether local accounts' passwords are accepted. Read on every password sign-in (portal form and
 * HTTP Basic), so it is read from the database each time rather than cached: a change made on one
 * node of a cluster holds on all of them at once.
 */
@Stateless
public class SignInPolicy {

  @Inject EntityManager entityManager;
  @EJB AuditEvents auditEvents;
  @Resource SessionContext sessionContext;

  /** Open to everyone: it is asked before anyone is signed in. */
  @PermitAll
  public boolean localPasswordsEnabled() {
    SignInSettings settings = entityManager.find(SignInSettings.class, SignInSettings.ID);
    // No row would mean a database edited by hand: fail open for local accounts, as installed.
    return settings == null || settings.localPasswordsEnabled();
  }

  /**
   * Turns local passwords on or off, audited. Refused (and the refusal audited) when turning them
   * off while single sign-on is not configured: nobody could sign in afterwards.
   *
   * @param ssoConfigured whether the portal has an OpenID Connect provider (the web module knows)
   */
  @RolesAllowed(Role.ADMIN_CODE)
  public void turnLocalPasswords(boolean on, boolean ssoConfigured) {
    String admin = sessionContext.getCallerPrincipal().getName();
    if (!on && !ssoConfigured) {
      auditEvents.recordIndependently(
          admin,
          "local-passwords-off",
          "sign-in-settings",
          Outcome.DENIED,
          "single sign-on is not configured");
      throw SignInRefusal.ssoNotConfigured();
    }
    SignInSettings settings =
        entityManager.find(SignInSettings.class, SignInSettings.ID, LockModeType.PESSIMISTIC_WRITE);
    if (settings == null) {
      settings = new SignInSettings(true);
      entityManager.persist(settings);
    }
    settings.turnLocalPasswords(on, ssoConfigured, admin, Instant.now());
    auditEvents.record(
        admin,
        on ? "local-passwords-on" : "local-passwords-off",
        "sign-in-settings",
        Outcome.SUCCESS,
        on ? "local passwords accepted again" : "only single sign-on from now on");
  }
}

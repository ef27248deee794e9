package org.sigilo.crypto.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.crypto.control.KeyVault;
import org.sigilo.users.entity.Role;

/** Key management for admins. */
@Stateless
public class Keys {

  @Inject KeyVault keyVault;
  @EJB AuditEvents auditEvents;
  @Resource SessionContext session;

  /**
   * Adds a new master key to the keystore and re-wraps every live key-encryption key with it, in
   * one transaction; records and their data keys stay as they are. Answers the new key's alias.
   */
  @RolesAllowed(Role.ADMIN_CODE)
  public String rotateMasterKey() {
    String alias = keyVault.rotateMasterKey();
    auditEvents.record(
        session.getCallerPrincipal().getName(),
        "master-key-rotated",
        "keystore",
        Outcome.SUCCESS,
        "key-encryption keys re-wrapped with " + alias);
    return alias;
  }
}

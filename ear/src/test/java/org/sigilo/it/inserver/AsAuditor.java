package org.sigilo.it.inserver;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.ChainVerification;

/** Calls the audit boundary with the auditor role, as an auditor's request would. */
@Stateless
@PermitAll
@RunAs("auditor")
public class AsAuditor {

  @EJB AuditEvents auditEvents;

  public java.util.List<org.sigilo.audit.entity.AuditEvent> newest(int max) {
    return auditEvents.newestFirst(0, max);
  }

  public ChainVerification verify() {
    return auditEvents.verify();
  }
}

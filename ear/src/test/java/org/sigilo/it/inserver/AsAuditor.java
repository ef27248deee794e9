package org.sigilo.it.inserver;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.boundary.AuditFilter;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.ChainVerification;
import org.sigilo.destruction.boundary.DestructionHistory;
import org.sigilo.destruction.boundary.DestructionMonth;

/** Calls the audit boundary with the auditor role, as an auditor's request would. */
@Stateless
@PermitAll
@RunAs("auditor")
public class AsAuditor {

  @EJB AuditEvents auditEvents;
  @EJB DestructionHistory history;

  public java.util.List<org.sigilo.audit.entity.AuditEvent> newest(int max) {
    return auditEvents.newestFirst(0, max);
  }

  public ChainVerification verify() {
    return auditEvents.verify();
  }

  /** The events the filter lets through, newest first, as the audit trail page reads them. */
  public List<AuditEvent> newest(AuditFilter filter, int first, int max) {
    return auditEvents.newestFirst(filter, first, max);
  }

  public long count(AuditFilter filter) {
    return auditEvents.count(filter);
  }

  public List<DestructionMonth> destructionHistory() {
    return history.pastMonths();
  }
}

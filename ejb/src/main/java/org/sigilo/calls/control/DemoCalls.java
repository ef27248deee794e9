package org.sigilo.calls.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.logging.Logger;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.platform.control.SchemaMigration;

/**
 * Seeds the embedded default with a few hundred synthetic calls at first start, so the portal has
 * something to show. Only on H2 and only while there are no calls at all.
 */
@Singleton
@Startup
// After the demo users: both append to the audit trail at start-up, and the users' transaction
// (slow password hashing) would hold the chain's head lock long enough to time this one out.
@DependsOn({"SchemaMigration", "MasterKeys", "DemoUsers"})
public class DemoCalls {

  static final int COUNT = 300;

  @EJB SchemaMigration schema;
  @EJB AuditEvents auditEvents;
  @Inject SyntheticCalls syntheticCalls;
  @Inject EntityManager entityManager;
  @Inject Logger log;

  @PostConstruct
  void seedOnFirstStart() {
    if (!schema.isEmbeddedH2()
        || entityManager
                .createQuery("SELECT COUNT(c) FROM CallRecord c", Long.class)
                .getSingleResult()
            > 0) {
      return;
    }
    syntheticCalls.create(COUNT, 2026L, 3, true);
    auditEvents.record(
        "system:demo-calls", "calls-seeded", "calls", Outcome.SUCCESS, COUNT + " synthetic calls");
    log.info(() -> "Seeded the embedded database with " + COUNT + " synthetic calls");
  }
}

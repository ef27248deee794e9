package org.sigilo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.ChainVerification;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.it.SigiloDeployment;

/** The audit chain in the real database: tampering by SQL is caught at exactly the edited event. */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

  @Deployment
  static EnterpriseArchive sigiloWithTests() {
    return SigiloDeployment.earWithTests(AuditChainIT.class.getPackage());
  }

  @EJB AuditEvents auditEvents;
  @EJB AsAuditor asAuditor;

  @Resource(lookup = "java:jboss/datasources/SigiloDS")
  DataSource dataSource;

  @Test
  void editingOneAuditRowBySqlIsDetectedAtExactlyThatEvent() throws Exception {
    auditEvents.record("system:test", "probe", "chain", Outcome.SUCCESS, "before");
    AuditEvent target =
        auditEvents.record("system:test", "probe", "chain", Outcome.SUCCESS, "the original words");
    auditEvents.record("system:test", "probe", "chain", Outcome.SUCCESS, "after");
    assertTrue(asAuditor.verify().intact(), () -> asAuditor.verify().problem());

    String sql = "UPDATE audit_event SET details = ? WHERE sequence_number = ?";
    assertEquals(
        1, RowEditor.update(dataSource, sql, "quietly rewritten", target.sequenceNumber()));
    try {
      ChainVerification verification = asAuditor.verify();
      assertFalse(verification.intact());
      assertEquals(target.sequenceNumber(), verification.firstBrokenEvent());
      assertTrue(
          verification.problem().contains("changed after it was written"), verification.problem());
    } finally {
      RowEditor.update(dataSource, sql, "the original words", target.sequenceNumber());
    }
    assertTrue(asAuditor.verify().intact(), "restoring the words restores the chain");
  }

  @Test
  void changingWhoDidSomethingIsDetectedToo() throws Exception {
    AuditEvent target =
        auditEvents.record("legal", "hold-released", "hold:7", Outcome.SUCCESS, null);
    String sql = "UPDATE audit_event SET actor = ? WHERE sequence_number = ?";
    RowEditor.update(dataSource, sql, "someone-else", target.sequenceNumber());
    try {
      assertEquals(target.sequenceNumber(), asAuditor.verify().firstBrokenEvent());
    } finally {
      RowEditor.update(dataSource, sql, "legal", target.sequenceNumber());
    }
    assertTrue(asAuditor.verify().intact());
  }

  @Test
  void recordingIsAllowedToAnyoneButVerifyingNeedsTheAuditorRole() {
    auditEvents.record(null, "probe", null, Outcome.DENIED, null);
    try {
      auditEvents.verify();
      throw new AssertionError("an unauthenticated caller verified the audit trail");
    } catch (jakarta.ejb.EJBAccessException expected) {
      // the boundary itself refuses, whatever page or endpoint calls it
    }
  }
}

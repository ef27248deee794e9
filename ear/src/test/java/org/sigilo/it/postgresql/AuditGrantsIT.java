package org.sigilo.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.it.SigiloDeployment;

/** On PostgreSQL the application's own role can add audit rows but never change or remove them. */
@ExtendWith(ArquillianExtension.class)
class AuditGrantsIT {

  @Deployment
  static EnterpriseArchive sigiloWithTests() {
    return SigiloDeployment.earWithTests(AuditGrantsIT.class.getPackage());
  }

  @EJB AuditEvents auditEvents;

  @Resource(lookup = "java:jboss/datasources/SigiloDS")
  DataSource dataSource;

  @Test
  void theApplicationRoleCannotUpdateDeleteOrTruncateAuditRows() throws SQLException {
    auditEvents.record("system:test", "probe", "grants", Outcome.SUCCESS, null);
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement()) {
      assertEquals("PostgreSQL", connection.getMetaData().getDatabaseProductName());
      for (String statement :
          new String[] {
            "UPDATE audit_event SET details = 'x'",
            "DELETE FROM audit_event",
            "TRUNCATE audit_event"
          }) {
        SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate(statement));
        assertEquals("42501", refused.getSQLState(), statement + ": " + refused.getMessage());
      }
      try (var count = sql.executeQuery("SELECT COUNT(*) FROM audit_event")) {
        assertTrue(count.next() && count.getLong(1) > 0);
      }
    }
  }

  @Test
  void theSchemaWasMigratedByFlywayWithThePostgreSqlOnlyStep() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement sql = connection.createStatement();
        var versions =
            sql.executeQuery(
                "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
                    + " ORDER BY installed_rank")) {
      StringBuilder applied = new StringBuilder();
      while (versions.next()) {
        applied.append(versions.getString(1)).append(' ');
      }
      assertTrue(applied.toString().contains("1 2 "), applied.toString());
    }
  }
}

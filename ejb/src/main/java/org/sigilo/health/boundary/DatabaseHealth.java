package org.sigilo.health.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Answers whether the database behind SigiloDS accepts a connection and a query right now, and
 * whether a failure came from the database: together they tell an outage (answer 503, restart the
 * job once it is back) from a bug.
 */
@Stateless
@PermitAll
public class DatabaseHealth {

  private static final int TIMEOUT_SECONDS = 3;

  @Resource(lookup = "java:jboss/datasources/SigiloDS")
  DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean isUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Whether a failure came from the database or from getting a connection to it, anywhere in its
   * causes: an {@link SQLException}, IronJacamar's "IJ000453: Unable to get managed connection",
   * Hibernate's {@code JDBCConnectionException}, JBeret's "JBERET000622: Failed to obtain
   * connection".
   */
  public static boolean fromDatabase(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException) {
        return true;
      }
      String type = cause.getClass().getName();
      String message = String.valueOf(cause.getMessage());
      if (type.startsWith("jakarta.resource.")
          || type.endsWith("JDBCConnectionException")
          || message.contains("JBERET000622")
          || message.contains("IJ000453")) {
        return true;
      }
    }
    return false;
  }
}

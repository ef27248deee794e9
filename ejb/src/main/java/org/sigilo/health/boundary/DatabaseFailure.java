package org.sigilo.health.boundary;

import java.sql.SQLException;

/** Tells a failure that came from the database from any other, by its causes. */
public final class DatabaseFailure {

  private DatabaseFailure() {}

  /**
   * Whether a failure came from the database or from getting a connection to it, anywhere in its
   * causes: an {@link SQLException}, IronJacamar's "IJ000453: Unable to get managed connection",
   * Hibernate's {@code JDBCConnectionException}, JBeret's "JBERET000622: Failed to obtain
   * connection".
   */
  public static boolean foundIn(Throwable failure) {
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

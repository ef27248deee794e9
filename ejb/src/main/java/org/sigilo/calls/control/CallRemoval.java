package org.sigilo.calls.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * The deletion of destroyed calls' rows: the call, its events and its categories, set-based over a
 * chunk of calls, in the caller's transaction (a destruction's chunk, which has erased their data
 * keys and removed their archive entries before). The one place that deletes {@code call_record}
 * rows.
 */
@ApplicationScoped
public class CallRemoval {

  /** The tables that hold a call's rows besides {@code call_record}, each keyed by call_id. */
  private static final List<String> DETAILS =
      List.of("call_event", "call_sensitive_category", "call_consented_category");

  @Inject DataSource dataSource;

  /** Deletes the calls and their details; answers how many calls it deleted. */
  public int delete(Collection<Long> callIds) {
    try (Connection connection = dataSource.getConnection()) {
      Array ids = connection.createArrayOf("BIGINT", callIds.toArray());
      for (String table : DETAILS) {
        delete(connection, "DELETE FROM " + table + " WHERE call_id = ANY(?)", ids);
      }
      return delete(connection, "DELETE FROM call_record WHERE id = ANY(?)", ids);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not delete calls: " + e.getMessage(), e);
    }
  }

  private static int delete(Connection connection, String sql, Array ids) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, ids);
      return statement.executeUpdate();
    }
  }
}

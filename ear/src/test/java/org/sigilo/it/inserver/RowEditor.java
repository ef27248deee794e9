package org.sigilo.it.inserver;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * Someone changing rows behind Sigilo's back. On H2 through the application's own datasource; on
 * PostgreSQL as the database administrator (the application's role may not change audit rows
 * there), whose address the PostgreSQL suite passes as {@code sigilo.it.pg.admin-url}.
 */
final class RowEditor {

  private RowEditor() {}

  static int update(DataSource applicationDataSource, String sql, Object... parameters)
      throws SQLException {
    try (Connection connection = connect(applicationDataSource);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  private static Connection connect(DataSource applicationDataSource) throws SQLException {
    String adminUrl = System.getProperty("sigilo.it.pg.admin-url");
    if (adminUrl == null) {
      return applicationDataSource.getConnection();
    }
    Connection connection = new org.postgresql.Driver().connect(adminUrl, new Properties());
    if (connection == null) {
      throw new SQLException("Not a PostgreSQL address: " + adminUrl);
    }
    return connection;
  }
}

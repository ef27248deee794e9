package org.sigilo.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * Creates the PostgreSQL suite's database anew before every run (run by the build in
 * pre-integration-test): drops it if it is there, makes sure the application's role exists as an
 * ordinary login role (no superuser, so grants really bind it), and creates the database owned by
 * that role, as a production set-up would.
 *
 * <p>Arguments: host port admin-user database app-user app-password.
 */
public final class FreshPostgresDatabase {

  private static final String IDENTIFIER = "[a-z_][a-z0-9_]{0,62}";

  private FreshPostgresDatabase() {}

  public static void main(String[] args) throws SQLException {
    if (args.length != 6) {
      throw new IllegalArgumentException(
          "Expected: host port admin-user database app-user app-password");
    }
    String host = args[0];
    String port = args[1];
    String admin = args[2];
    String database = identifier(args[3]);
    String appUser = identifier(args[4]);
    String appPassword = args[5].replace("'", "''");
    String url = "jdbc:postgresql://" + host + ":" + port + "/postgres";
    Properties credentials = new Properties();
    credentials.setProperty("user", admin);
    try (Connection connection = new org.postgresql.Driver().connect(url, credentials);
        Statement sql = connection.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      if (roleExists(connection, appUser)) {
        sql.execute(
            "ALTER ROLE "
                + appUser
                + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                + appPassword
                + "'");
      } else {
        sql.execute(
            "CREATE ROLE "
                + appUser
                + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                + appPassword
                + "'");
      }
      sql.execute("CREATE DATABASE " + database + " OWNER " + appUser);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot prepare the PostgreSQL suite's database at "
              + url
              + " as "
              + admin
              + ": "
              + e.getMessage()
              + ". Start PostgreSQL (.ci/run does), or point -Dsigilo.it.pg.host, -Dsigilo.it.pg.port"
              + " and -Dsigilo.it.pg.admin-user at one.",
          e);
    }
    System.out.println(
        "Fresh PostgreSQL database "
            + database
            + " owned by "
            + appUser
            + " at "
            + host
            + ":"
            + port);
  }

  private static boolean roleExists(Connection connection, String role) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
      query.setString(1, role);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next();
      }
    }
  }

  private static String identifier(String name) {
    if (!name.matches(IDENTIFIER)) {
      throw new IllegalArgumentException(
          "Not a plain PostgreSQL identifier (lower case letters, digits, _): " + name);
    }
    return name;
  }
}

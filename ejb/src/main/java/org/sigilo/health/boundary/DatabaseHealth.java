package org.sigilo.health.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Answers whether the database behind SigiloDS accepts a connection and a query right now. With
 * {@link DatabaseFailure#foundIn} it tells an outage (answer 503, restart the job once it is back)
 * from a bug.
 */
@Stateless
@PermitAll
public class DatabaseHealth {

  private static final int TIMEOUT_SECONDS = 3;

  @Inject DataSource dataSource;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public boolean isUp() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(TIMEOUT_SECONDS);
    } catch (SQLException e) {
      return false;
    }
  }
}

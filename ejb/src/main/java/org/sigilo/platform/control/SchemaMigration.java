package org.sigilo.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deployment, before any other startup bean runs but the one that
 * secures the data directory ({@link DataDirectory}; the others declare
 * {@code @DependsOn("SchemaMigration")}). An exception here fails the deployment on purpose: Sigilo
 * must never run on a schema it does not understand.
 *
 * <p>Bean-managed transactions because Flyway drives its own commits (under CMT the connection
 * refuses to switch auto-commit). The baseline is version 0 because JBeret's job repository tables
 * may already be in the schema: with Flyway's default baseline of 1, V1 would be skipped silently.
 */
@Singleton
@Startup
@DependsOn("DataDirectory")
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  static final String COMMON_MIGRATIONS = "classpath:db/migration/common";
  static final String POSTGRESQL_MIGRATIONS = "classpath:db/migration/postgresql";

  @Inject DataSource dataSource;

  @Inject Logger log;

  private String databaseProduct;

  @PostConstruct
  void migrate() {
    databaseProduct = productName();
    List<String> locations = new ArrayList<>(List.of(COMMON_MIGRATIONS));
    if (isPostgreSql()) {
      locations.add(POSTGRESQL_MIGRATIONS);
    }
    MigrateResult result =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations.toArray(String[]::new))
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    log.info(
        () ->
            "Database schema of "
                + databaseProduct
                + " is at version "
                // no migration applied now: Flyway names no target, the schema stays where it was
                + (result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : result.initialSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /** The database product as its JDBC driver names it, e.g. {@code H2} or {@code PostgreSQL}. */
  public String databaseProduct() {
    return databaseProduct;
  }

  public boolean isPostgreSql() {
    return "PostgreSQL".equalsIgnoreCase(databaseProduct);
  }

  public boolean isEmbeddedH2() {
    return "H2".equalsIgnoreCase(databaseProduct);
  }

  private String productName() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductName();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot reach the database behind java:jboss/datasources/SigiloDS: " + e.getMessage(), e);
    }
  }
}

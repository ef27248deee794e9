package org.sigilo.retention.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.sigilo.calls.entity.RecordClass;
import org.sigilo.platform.control.SchemaMigration;
import org.sigilo.retention.control.DueRecordsSql;
import org.sigilo.users.entity.Role;

/**
 * What falls due in the coming months, for the records manager's home page: records by class and
 * month, and how many of them holds in force keep. Due dates are the retention sweep's own (the
 * same SQL), counted in UTC months as the sweep counts UTC days; read-only, so not audited.
 */
@Stateless
@RolesAllowed(Role.RECORDS_MANAGER_CODE)
public class RetentionOutlook {

  /** Two years: long enough to plan disposition runs and budgets, short enough to read. */
  public static final int MONTHS = 24;

  @Inject EntityManager entityManager;
  @EJB SchemaMigration schema;

  @Inject DataSource dataSource;

  /** The outlook from the current (UTC) month on, {@link #MONTHS} months long. */
  public DueOutlook comingMonths() {
    return outlook(YearMonth.now(ZoneOffset.UTC), MONTHS);
  }

  DueOutlook outlook(YearMonth first, int months) {
    List<DueCount> counts = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                DueRecordsSql.dueByMonth(DueRecordsSql.Dialect.of(schema.isEmbeddedH2())))) {
      select.setLong(1, Long.MIN_VALUE);
      select.setLong(2, Long.MAX_VALUE);
      select.setDate(3, Date.valueOf(first.atDay(1)));
      select.setDate(4, Date.valueOf(first.plusMonths(months).atDay(1)));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          counts.add(
              new DueCount(
                  YearMonth.of(rows.getInt(2), rows.getInt(3)),
                  rows.getString(1),
                  rows.getLong(4),
                  rows.getLong(5)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count what falls due: " + e.getMessage(), e);
    }
    Map<String, String> names =
        entityManager
            .createQuery("SELECT c FROM RecordClass c", RecordClass.class)
            .getResultStream()
            .collect(Collectors.toMap(RecordClass::code, RecordClass::name));
    long holdsInForce =
        entityManager
            .createQuery("SELECT COUNT(h) FROM LegalHold h WHERE h.releasedAt IS NULL", Long.class)
            .getSingleResult();
    return DueOutlook.of(first, months, counts, names, holdsInForce);
  }
}

package org.sigilo.retention.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.crypto.control.KeyVault;
import org.sigilo.platform.control.SchemaMigration;
import org.sigilo.retention.entity.DispositionList;
import org.sigilo.retention.entity.ListStatus;
import org.sigilo.retention.entity.SweepPartition;

/**
 * The work of the retention-sweep job, step by step, so the batch artifacts stay thin: open the
 * job's disposition list, plan partitions over id ranges, list the due records of one chunk, close
 * the list.
 *
 * <p>A chunk is listed by one set-based statement over the id range its reader read (due dates
 * computed in SQL, holds checked, records already on a live list left out) instead of a statement
 * per record: on 1,000,000 records that is what keeps the sweep near a single statement over the
 * whole table. Each call runs in the caller's transaction (the chunk's), so the rows, the moved
 * keys and the partition's progress commit together with the job's checkpoint.
 */
@Stateless
@PermitAll // called by batch artifacts, which run without a caller; the job boundary checks roles
public class DispositionSweep {

  /** Who the audit trail names for what the job does. */
  public static final String ACTOR = "system:retention-sweep";

  @Inject EntityManager entityManager;
  @Inject KeyVault keyVault;
  @EJB SchemaMigration schema;
  @EJB AuditEvents auditEvents;

  @Inject DataSource dataSource;

  /**
   * The disposition list of a sweep job instance: made at its first start, found again on a
   * restart. Starting a new sweep withdraws lists of earlier sweeps that never finished, so that no
   * record waits on a list nobody will finish.
   */
  public long openList(long jobInstanceId, LocalDate dueOnOrBefore, String requestedBy) {
    List<DispositionList> existing =
        entityManager
            .createNamedQuery(DispositionList.OF_JOB_INSTANCE, DispositionList.class)
            .setParameter("jobInstanceId", jobInstanceId)
            .getResultList();
    if (!existing.isEmpty()) {
      DispositionList list = existing.get(0);
      if (list.status() != ListStatus.SWEEPING) {
        throw new IllegalStateException(
            "Disposition list "
                + list.id()
                + " of this sweep is no longer being swept ("
                + list.status()
                + "): start a new sweep instead of restarting this one.");
      }
      return list.id();
    }
    if (dialect() == DueRecordsSql.Dialect.POSTGRESQL) {
      // Fresh statistics before hundreds of chunk statements are planned: a table that grew (or
      // was never analyzed) since, taken for empty, gets scanned once per row.
      entityManager
          .createNativeQuery(
              "ANALYZE call_record, retention_schedule, call_event, legal_hold,"
                  + " legal_hold_record, disposition_list, disposition_item")
          .executeUpdate();
      keyVault.analyze();
    }
    DispositionList list =
        new DispositionList(jobInstanceId, dueOnOrBefore, requestedBy, Instant.now());
    entityManager.persist(list);
    entityManager.flush();
    for (DispositionList unfinished :
        entityManager
            .createQuery(
                "SELECT l FROM DispositionList l WHERE l.status = :sweeping AND l.id <> :id",
                DispositionList.class)
            .setParameter("sweeping", ListStatus.SWEEPING)
            .setParameter("id", list.id())
            .getResultList()) {
      unfinished.abandon("Replaced by disposition list " + list.id() + " before it finished.");
    }
    auditEvents.record(
        ACTOR,
        "disposition-list-opened",
        "disposition-list:" + list.id(),
        Outcome.SUCCESS,
        "due on or before " + dueOnOrBefore + ", requested by " + requestedBy);
    return list.id();
  }

  /** Whether a list's sweep has not finished (and was not replaced by a newer one). */
  public boolean isSweeping(long listId) {
    DispositionList list = entityManager.find(DispositionList.class, listId);
    return list != null && list.status() == ListStatus.SWEEPING;
  }

  /** The list a sweep job instance opened. */
  public long listOf(long jobInstanceId) {
    return findListOf(jobInstanceId)
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Sweep job instance " + jobInstanceId + " has no disposition list"));
  }

  /** The list a sweep job instance opened, if it got that far. */
  public java.util.Optional<Long> findListOf(long jobInstanceId) {
    return entityManager
        .createNamedQuery(DispositionList.OF_JOB_INSTANCE, DispositionList.class)
        .setParameter("jobInstanceId", jobInstanceId)
        .getResultStream()
        .findFirst()
        .map(DispositionList::id);
  }

  /**
   * The partitions of a list's sweep: on the first start, {@code count} id ranges of about equal
   * width over all records, each with its record count; on a restart, the same ranges as before.
   */
  public List<SweepPartition> plan(long listId, int count) {
    List<SweepPartition> planned = partitions(listId);
    if (!planned.isEmpty()) {
      return planned;
    }
    Object[] bounds =
        (Object[])
            entityManager
                .createNativeQuery("SELECT MIN(id), MAX(id) FROM call_record")
                .getSingleResult();
    long min = bounds[0] == null ? 0 : ((Number) bounds[0]).longValue();
    long max = bounds[1] == null ? -1 : ((Number) bounds[1]).longValue();
    long width = Math.max(1, (max - min + count) / count);
    List<SweepPartition> partitions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long first = min + i * width;
      long last = i == count - 1 ? Math.max(max, first) : first + width - 1;
      long total =
          ((Number)
                  entityManager
                      .createNativeQuery(
                          "SELECT COUNT(*) FROM call_record WHERE id BETWEEN ?1 AND ?2")
                      .setParameter(1, first)
                      .setParameter(2, last)
                      .getSingleResult())
              .longValue();
      SweepPartition partition = new SweepPartition(listId, i, first, last, total);
      entityManager.persist(partition);
      partitions.add(partition);
    }
    return partitions;
  }

  public List<SweepPartition> partitions(long listId) {
    return entityManager
        .createNamedQuery(SweepPartition.OF_LIST, SweepPartition.class)
        .setParameter("listId", listId)
        .getResultList();
  }

  /** Up to {@code max} record ids of a range after {@code after} (exclusive), in order. */
  public List<Long> recordIds(long firstId, long lastId, long after, int max) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT id FROM call_record WHERE id > ? AND id BETWEEN ? AND ? ORDER BY id"
                    + " FETCH FIRST "
                    + max
                    + " ROWS ONLY")) {
      select.setLong(1, after);
      select.setLong(2, firstId);
      select.setLong(3, lastId);
      List<Long> ids = new ArrayList<>(max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read record ids: " + e.getMessage(), e);
    }
  }

  /**
   * Lists the due records among {@code firstId..lastId} (the ids one chunk read), moves their data
   * keys to their disposition epochs, and counts the chunk in the partition's progress. Answers how
   * many records it listed.
   */
  public int sweepChunk(
      long listId, int partitionNo, long firstId, long lastId, int read, LocalDate dueOnOrBefore) {
    try (Connection connection = dataSource.getConnection()) {
      int listed;
      String insertSql =
          DueRecordsSql.insert(
              dialect(),
              listsIn(connection, listId, "'IN_REVIEW', 'SUBMITTED'"),
              listsIn(connection, listId, "'APPROVED', 'DESTROYING', 'PARTLY_DESTROYED'"));
      try (PreparedStatement insert = connection.prepareStatement(insertSql)) {
        insert.setLong(1, listId);
        insert.setLong(2, firstId);
        insert.setLong(3, lastId);
        insert.setDate(4, Date.valueOf(dueOnOrBefore));
        listed = insert.executeUpdate();
      }
      if (listed > 0) {
        keyVault.moveToEpochs(listId, firstId, lastId);
      }
      try (PreparedStatement progress =
          connection.prepareStatement(
              "UPDATE sweep_partition SET read_count = read_count + ?,"
                  + " write_count = write_count + ?, commit_count = commit_count + 1,"
                  + " last_read_id = ? WHERE list_id = ? AND partition_no = ?")) {
        progress.setLong(1, read);
        progress.setLong(2, listed);
        progress.setLong(3, lastId);
        progress.setLong(4, listId);
        progress.setInt(5, partitionNo);
        progress.executeUpdate();
      }
      return listed;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not list the due records " + firstId + ".." + lastId + ": " + e.getMessage(), e);
    }
  }

  /** Ids of the lists other than this one in the given states (an SQL list of literals). */
  private static List<Long> listsIn(Connection connection, long listId, String states)
      throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT id FROM disposition_list WHERE status IN (" + states + ") AND id <> ?")) {
      select.setLong(1, listId);
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    }
  }

  /**
   * Marks the list as swept and ready for review; audited with what it holds, which it answers in a
   * sentence.
   */
  public String closeList(long listId) {
    DispositionList list = entityManager.find(DispositionList.class, listId);
    if (list.status() == ListStatus.SWEEPING) {
      List<String> shortfalls = shortfalls(listId);
      if (!shortfalls.isEmpty()) {
        String refusal =
            "Disposition list "
                + listId
                + " was not closed: "
                + String.join("; ", shortfalls)
                + ". Restart the sweep: every partition reads on from where it stopped.";
        // in a transaction of its own: the refusal below rolls this one back
        auditEvents.recordIndependently(
            ACTOR,
            "disposition-list-swept",
            "disposition-list:" + listId,
            Outcome.FAILURE,
            refusal);
        throw new IllegalStateException(refusal);
      }
      // a hold committed while a chunk was being listed was not visible to it
      applyHolds(listId);
      list.swept(Instant.now());
    }
    Object[] counts =
        (Object[])
            entityManager
                .createNativeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN held THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN decision = 'UNDECIDED' THEN 1 ELSE 0 END)"
                        + " FROM disposition_item WHERE list_id = ?1")
                .setParameter(1, listId)
                .getSingleResult();
    String summary =
        String.format(
            java.util.Locale.ROOT,
            "Disposition list %d: %d due records, %d of them held, %d to review",
            listId,
            number(counts[0]),
            number(counts[1]),
            number(counts[2]));
    auditEvents.record(
        ACTOR, "disposition-list-swept", "disposition-list:" + listId, Outcome.SUCCESS, summary);
    return summary;
  }

  /**
   * What each partition of a list left unread, in words ("partition 3 (ids 33230 to 43302): 10073
   * of its 10073 records not read"); empty when every partition read its whole range. A record is
   * unread when it is in the partition's range after the last id the partition committed: records
   * destroyed since the plan do not count, so a finished partition is never called short.
   */
  public List<String> shortfalls(long listId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT p.partition_no, p.first_id, p.last_id, p.total,"
                    + " (SELECT COUNT(*) FROM call_record c WHERE c.id BETWEEN p.first_id AND"
                    + " p.last_id AND c.id > COALESCE(p.last_read_id, p.first_id - 1))"
                    + " FROM sweep_partition p WHERE p.list_id = ?1 ORDER BY p.partition_no")
            .setParameter(1, listId)
            .getResultList();
    List<String> shortfalls = new ArrayList<>();
    for (Object[] row : rows) {
      long unread = number(row[4]);
      if (unread > 0) {
        shortfalls.add(
            String.format(
                java.util.Locale.ROOT,
                "partition %d (ids %d to %d): %d of its %d records not read",
                number(row[0]),
                number(row[1]),
                number(row[2]),
                unread,
                number(row[3])));
      }
    }
    return shortfalls;
  }

  /**
   * Marks as held the items of one list that a hold in force covers now; answers how many changed.
   * Used when a sweep closes its list and before legal approves one.
   */
  public int applyHolds(long listId) {
    return entityManager
        .createNativeQuery(DueRecordsSql.applyHolds("list_id = ?1"))
        .setParameter(1, listId)
        .executeUpdate();
  }

  /**
   * Marks as held the items a newly placed hold covers on every list still open or approved, so
   * that no list approves (or has approved) the destruction of a record held after it was listed.
   */
  public int applyHoldsToLiveLists() {
    return entityManager
        .createNativeQuery(
            DueRecordsSql.applyHolds(
                "list_id IN (SELECT id FROM disposition_list WHERE status IN"
                    + " ('SWEEPING', 'IN_REVIEW', 'SUBMITTED', 'APPROVED',"
                    + " 'DESTROYING', 'PARTLY_DESTROYED'))"))
        .executeUpdate();
  }

  /** The last record id a partition committed, or null before its first chunk. */
  public Long lastReadId(long listId, int partitionNo) {
    SweepPartition partition =
        entityManager.find(SweepPartition.class, new SweepPartition.Key(listId, partitionNo));
    return partition == null ? null : partition.lastReadId();
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  private DueRecordsSql.Dialect dialect() {
    return schema.isEmbeddedH2() ? DueRecordsSql.Dialect.H2 : DueRecordsSql.Dialect.POSTGRESQL;
  }
}

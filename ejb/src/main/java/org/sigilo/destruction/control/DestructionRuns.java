package org.sigilo.destruction.control;

import static org.sigilo.destruction.control.DestructionItems.HELD;
import static org.sigilo.destruction.control.DestructionItems.PENDING;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.sigilo.archives.control.ArchiveStore;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.destruction.entity.DestructionRun;
import org.sigilo.retention.control.DispositionSweep;
import org.sigilo.retention.entity.DispositionList;

/**
 * The records-destruction job's runs: opening one (the list's records frozen as its items, holds
 * checked), finding it again on a restart, and handing out a partition's pending records.
 *
 * <p>Exactly once, over the whole job: a record's tombstone, the erase of its data key, the
 * deletion of its rows and its item's state DESTROYED commit together with its chunk ({@link
 * ChunkDestruction}), and the reader hands out only PENDING records. A crash replays at most the
 * chunk in flight: its files were marked (committed) before shredding ({@link ChunkPreparation}),
 * so a file whose name is gone is known to be overwritten already.
 */
@Stateless
@PermitAll // called by batch artifacts, which run without a caller; the job boundary checks roles
public class DestructionRuns {

  /** Who the audit trail names for what the job does. */
  public static final String ACTOR = "system:records-destruction";

  @Inject EntityManager entityManager;
  @Inject DataSource dataSource;
  @Inject ArchiveStore archive;
  @EJB AuditEvents auditEvents;
  @EJB DispositionSweep sweep;

  /**
   * The run of a job instance: made at its first start, found again on a restart. Making it moves
   * the list to DESTROYING, freezes the records approved for destruction (and those held) as the
   * run's items, and checks holds once more now: a record a hold covers is HELD, not destroyed.
   */
  public DestructionRun openRun(
      long jobInstanceId, long listId, int partitions, int passes, String requestedBy) {
    List<DestructionRun> existing =
        entityManager
            .createNamedQuery(DestructionRun.OF_JOB_INSTANCE, DestructionRun.class)
            .setParameter("jobInstanceId", jobInstanceId)
            .getResultList();
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    DispositionList list =
        entityManager.find(DispositionList.class, listId, LockModeType.PESSIMISTIC_WRITE);
    if (list == null) {
      throw new IllegalStateException("There is no disposition list " + listId + ".");
    }
    list.startDestruction();
    Instant now = Instant.now();
    DestructionRun run =
        new DestructionRun(listId, jobInstanceId, partitions, passes, requestedBy, now);
    entityManager.persist(run);
    entityManager.flush();
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO destruction_item (run_id, record_id, partition_no, state,"
                  + " record_class, schedule_id, due_on, checked_at)"
                  + " SELECT ?, i.record_id, MOD(i.record_id, ?),"
                  + (" CASE WHEN i.held THEN " + HELD + " ELSE " + PENDING + " END,")
                  + " i.record_class, i.schedule_id, i.due_on, ?"
                  + " FROM disposition_item i WHERE i.list_id = ?"
                  + " AND (i.held = TRUE OR i.decision = 'DESTROY')"
                  + " AND NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.record_id = i.record_id)")) {
        insert.setLong(1, run.id());
        insert.setInt(2, partitions);
        insert.setTimestamp(3, Timestamp.from(now));
        insert.setLong(4, listId);
        insert.executeUpdate();
      }
      int heldNow = DestructionItems.holdCheck(connection, run.id(), null, now);
      // the list shows the same: held records are off its destruction
      sweep.applyHolds(listId);
      run.selected(now);
      auditEvents.record(
          ACTOR,
          "destruction-started",
          "disposition-list:" + listId,
          Outcome.SUCCESS,
          "run "
              + run.id()
              + " by "
              + requestedBy
              + "; "
              + heldNow
              + " record(s) held since approval are skipped");
      return run;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not freeze disposition list " + listId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Finishes the shreddings a run interrupted between renaming and unlinking (see {@link
   * FileShredder#removeLeftovers}); answers how many.
   */
  public int removeShreddedLeftovers() {
    return FileShredder.removeLeftovers(archive.directory());
  }

  /** The run of a job instance, if it was opened. */
  public DestructionRun runOf(long jobInstanceId) {
    return entityManager
        .createNamedQuery(DestructionRun.OF_JOB_INSTANCE, DestructionRun.class)
        .setParameter("jobInstanceId", jobInstanceId)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () -> new IllegalStateException("Job instance " + jobInstanceId + " has no run."));
  }

  /** Up to {@code max} pending records of a partition, after a record id, in id order. */
  public List<Long> pendingRecords(long runId, int partitionNo, long afterId, int max) {
    return entityManager
        .createNativeQuery(
            "SELECT record_id FROM destruction_item WHERE run_id = ? AND partition_no = ?"
                + " AND state = "
                + PENDING
                + " AND record_id > ? ORDER BY record_id",
            Long.class)
        .setParameter(1, runId)
        .setParameter(2, partitionNo)
        .setParameter(3, afterId)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(id -> ((Number) id).longValue())
        .toList();
  }
}

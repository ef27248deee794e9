package org.sigilo.destruction.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.sigilo.archives.control.ArchiveStore;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.certificates.control.CertificateEntry;
import org.sigilo.crypto.control.MasterKeys;
import org.sigilo.crypto.entity.KeyEncryptionKey;
import org.sigilo.destruction.entity.DestructionRun;
import org.sigilo.platform.control.Settings;
import org.sigilo.retention.control.DispositionSweep;
import org.sigilo.retention.control.DueRecordsSql;
import org.sigilo.retention.entity.DispositionList;

/**
 * The work of the records-destruction job, step by step, so the batch artifacts stay thin: open the
 * run (freeze the list's records and check holds), hand out the pending records of a partition,
 * prepare a chunk (check holds again, note the files about to be shredded), destroy a chunk,
 * destroy the key-encryption keys left without records.
 *
 * <p>Exactly once: a record's tombstone, the deletion of its data key and rows, and its state
 * DESTROYED commit together with the chunk; the reader hands out only PENDING records. A crash
 * replays at most the chunk in flight: its files were marked (committed) before shredding, so a
 * file whose name is gone is known to be overwritten already (see {@link #prepare}).
 */
@Stateless
@PermitAll // called by batch artifacts, which run without a caller; the job boundary checks roles
public class RecordDestruction {

  /** Who the audit trail names for what the job does. */
  public static final String ACTOR = "system:records-destruction";

  @Inject EntityManager entityManager;
  @Inject ArchiveStore archive;
  @EJB AuditEvents auditEvents;
  @EJB DispositionSweep sweep;
  @EJB MasterKeys masterKeys;

  @Resource(lookup = "java:jboss/datasources/SigiloDS")
  DataSource dataSource;

  /** A file of a record to shred; {@code markedBefore}: a run before a crash had started on it. */
  public record FileToShred(String storedName, Path path, long bytes, boolean markedBefore) {}

  /** A record about to be destroyed, with its archive files. */
  public record RecordFiles(long recordId, List<FileToShred> files) {}

  /** What happened to a record's files: shredded (how many, how many bytes) or why not. */
  public record FilesOutcome(long recordId, int files, long bytes, String failure) {
    public static FilesOutcome shredded(long recordId, int files, long bytes) {
      return new FilesOutcome(recordId, files, bytes, null);
    }

    public static FilesOutcome failed(long recordId, String reason) {
      return new FilesOutcome(recordId, 0, 0, reason);
    }
  }

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
                  + " CASE WHEN i.held THEN 'HELD' ELSE 'PENDING' END,"
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
      int heldNow = holdCheck(connection, run.id(), null, now);
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
   * Removes the files a run interrupted between renaming and unlinking left behind (named {@link
   * FileShredder#RENAMED_PREFIX}): their passes were all done, so they hold no content, but they
   * should not linger, and are simply deleted. Called when a run opens or restarts, before any
   * partition shreds. Answers how many were removed.
   */
  public int removeShreddedLeftovers() {
    Path directory = archive.directory();
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    List<Path> leftovers = new ArrayList<>();
    try (var found = Files.newDirectoryStream(directory, FileShredder.RENAMED_PREFIX + "*")) {
      found.forEach(leftovers::add);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "Could not look for interrupted shreddings in " + directory + ": " + e.getMessage(), e);
    }
    try {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
      if (!leftovers.isEmpty()) {
        try (var channel =
            java.nio.channels.FileChannel.open(directory, java.nio.file.StandardOpenOption.READ)) {
          channel.force(true);
        }
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(
          "Could not remove interrupted shreddings in " + directory + ": " + e.getMessage(), e);
    }
    return leftovers.size();
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
                + " AND state = 'PENDING' AND record_id > ? ORDER BY record_id",
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

  /**
   * Before a chunk's files are shredded, in its own transaction (committed before any file is
   * touched): checks holds once more, fails records whose file is missing, and marks each file as
   * about to be shredded, with its size. After a crash, a marked file whose name is gone was
   * overwritten completely (the shredder renames only after its last pass), so the replayed chunk
   * counts it instead of failing the record. Answers the records still to destroy.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<RecordFiles> prepare(long runId, List<Long> recordIds) {
    Instant now = Instant.now();
    Path directory = archive.directory();
    try (Connection connection = dataSource.getConnection()) {
      Array ids = connection.createArrayOf("BIGINT", recordIds.toArray());
      holdCheck(connection, runId, ids, now);
      Map<Long, List<FileToShred>> files = new LinkedHashMap<>();
      try (PreparedStatement pending =
          connection.prepareStatement(
              "SELECT record_id FROM destruction_item WHERE run_id = ? AND state = 'PENDING'"
                  + " AND record_id = ANY(?) ORDER BY record_id")) {
        pending.setLong(1, runId);
        pending.setArray(2, ids);
        try (ResultSet rows = pending.executeQuery()) {
          while (rows.next()) {
            files.put(rows.getLong(1), new ArrayList<>());
          }
        }
      }
      Map<Long, String> missing = new LinkedHashMap<>();
      try (PreparedStatement attachments =
              connection.prepareStatement(
                  "SELECT call_id, stored_name, shred_started_at, shred_file_bytes"
                      + " FROM call_attachment WHERE call_id = ANY(?) ORDER BY call_id, id");
          PreparedStatement mark =
              connection.prepareStatement(
                  "UPDATE call_attachment SET shred_started_at = ?, shred_file_bytes = ?"
                      + " WHERE stored_name = ?")) {
        attachments.setArray(1, ids);
        try (ResultSet rows = attachments.executeQuery()) {
          while (rows.next()) {
            long recordId = rows.getLong(1);
            List<FileToShred> ofRecord = files.get(recordId);
            if (ofRecord == null) {
              continue; // held, or done before a crash
            }
            String name = rows.getString(2);
            if (!Files.isDirectory(directory)) {
              // a volume not mounted: every file would look gone, marked ones as shredded
              throw new IllegalStateException(
                  "The archive directory "
                      + directory
                      + " does not exist: mount it (or set sigilo.archive.dir) and restart the"
                      + " job.");
            }
            if (rows.getTimestamp(3) != null) {
              ofRecord.add(new FileToShred(name, directory.resolve(name), rows.getLong(4), true));
              continue;
            }
            Path file = directory.resolve(name);
            if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
              missing.put(
                  recordId,
                  "Archive file "
                      + name
                      + (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                          ? " is not a regular file"
                          : " is missing")
                      + ": it cannot be shown overwritten, so the record is not destroyed.");
              continue;
            }
            long size = Files.size(file);
            mark.setTimestamp(1, Timestamp.from(now));
            mark.setLong(2, size);
            mark.setString(3, name);
            mark.addBatch();
            ofRecord.add(new FileToShred(name, file, size, false));
          }
        }
        mark.executeBatch();
      }
      for (Map.Entry<Long, String> failed : missing.entrySet()) {
        fail(connection, runId, failed.getKey(), failed.getValue());
        files.remove(failed.getKey());
      }
      return files.entrySet().stream()
          .map(entry -> new RecordFiles(entry.getKey(), List.copyOf(entry.getValue())))
          .toList();
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException(
          "Could not prepare records " + range(recordIds) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Destroys the records whose files were shredded, in the caller's (the chunk's) transaction:
   * writes each tombstone, deletes the data key (cryptographic erase) and the record's rows, and
   * marks it DESTROYED; records whose files could not be shredded, or that have no data key to
   * destroy, are marked FAILED with the reason and keep their rows. Checks afterwards that no data
   * key of a destroyed record is left, and fails the whole chunk otherwise.
   */
  public void destroy(long runId, int passes, List<FilesOutcome> outcomes) {
    Instant now = Instant.now();
    boolean keepCustomer = keepsCustomerReference();
    try (Connection connection = dataSource.getConnection()) {
      List<Long> candidates = new ArrayList<>();
      for (FilesOutcome outcome : outcomes) {
        if (outcome.failure() != null) {
          fail(connection, runId, outcome.recordId(), outcome.failure());
        } else {
          candidates.add(outcome.recordId());
        }
      }
      if (candidates.isEmpty()) {
        return;
      }
      Array candidateIds = connection.createArrayOf("BIGINT", candidates.toArray());
      Map<Long, String> refused = refusedNow(connection, candidateIds, outcomes);
      TreeSet<Long> withKey = new TreeSet<>();
      try (PreparedStatement keys =
          connection.prepareStatement(
              "SELECT d.record_id, k.epoch FROM record_data_key d"
                  + " JOIN call_record c ON c.id = d.record_id"
                  + " JOIN key_encryption_key k ON k.id = d.kek_id"
                  + " WHERE d.record_id = ANY(?)")) {
        keys.setArray(1, candidateIds);
        try (ResultSet rows = keys.executeQuery()) {
          while (rows.next()) {
            if (KeyEncryptionKey.PENDING.equals(rows.getString(2))) {
              // its older copies stay readable under the live 'pending' key: no erase to claim
              refused.putIfAbsent(
                  rows.getLong(1),
                  "Its data key is still under the 'pending' key-encryption key (no sweep moved"
                      + " it to its month's key), so copies in backups would stay readable; sweep"
                      + " again, then destroy it.");
            }
            withKey.add(rows.getLong(1));
          }
        }
      }
      List<Long> destroyed = new ArrayList<>();
      // checked in this transaction (refusedNow), right before the keys go
      String holdCheck = CertificateEntry.noHoldAt(now);
      try (PreparedStatement tombstone =
          connection.prepareStatement(
              "INSERT INTO tombstone (record_id, run_id, record_class, customer_reference,"
                  + " occurred_at, documented_at, due_on, schedule_id, schedule_version,"
                  + " hold_check, key_epoch, files, file_bytes, overwrite_passes, destroyed_at)"
                  + " SELECT c.id, i.run_id, c.record_class,"
                  + (keepCustomer ? " c.customer_reference," : " NULL,")
                  + " c.occurred_at, c.created_at, i.due_on, i.schedule_id, s.version,"
                  + " ?, k.epoch, ?, ?, ?, ?"
                  + " FROM call_record c"
                  + " JOIN destruction_item i ON i.record_id = c.id AND i.run_id = ?"
                  + " JOIN retention_schedule s ON s.id = i.schedule_id"
                  + " JOIN record_data_key d ON d.record_id = c.id"
                  + " JOIN key_encryption_key k ON k.id = d.kek_id"
                  + " WHERE c.id = ?")) {
        for (FilesOutcome outcome : outcomes) {
          if (outcome.failure() != null) {
            continue;
          }
          String refusal = refused.get(outcome.recordId());
          if (refusal != null) {
            if (refusal.isEmpty()) {
              markHeld(connection, runId, outcome.recordId(), now);
            } else {
              fail(connection, runId, outcome.recordId(), refusal);
            }
            continue;
          }
          if (!withKey.contains(outcome.recordId())) {
            fail(
                connection,
                runId,
                outcome.recordId(),
                "The record has no data key (or no longer exists): its cryptographic erase"
                    + " cannot be carried out or shown.");
            continue;
          }
          tombstone.setString(1, holdCheck);
          tombstone.setInt(2, outcome.files());
          tombstone.setLong(3, outcome.bytes());
          tombstone.setInt(4, outcome.files() == 0 ? 0 : passes);
          tombstone.setTimestamp(5, Timestamp.from(now));
          tombstone.setLong(6, runId);
          tombstone.setLong(7, outcome.recordId());
          tombstone.addBatch();
          destroyed.add(outcome.recordId());
        }
        for (int inserted : tombstone.executeBatch()) {
          if (inserted == 0) {
            // no record is destroyed without its tombstone (the certificate is made of them)
            throw new IllegalStateException(
                "A tombstone of records "
                    + range(destroyed)
                    + " was not written: nothing of this chunk is destroyed.");
          }
        }
      }
      if (destroyed.isEmpty()) {
        return;
      }
      Array ids = connection.createArrayOf("BIGINT", destroyed.toArray());
      int keysDeleted =
          update(connection, "DELETE FROM record_data_key WHERE record_id = ANY(?)", ids);
      for (String table :
          List.of(
              "call_event",
              "call_sensitive_category",
              "call_consented_category",
              "call_attachment")) {
        update(connection, "DELETE FROM " + table + " WHERE call_id = ANY(?)", ids);
      }
      int recordsDeleted = update(connection, "DELETE FROM call_record WHERE id = ANY(?)", ids);
      try (PreparedStatement done =
          connection.prepareStatement(
              "UPDATE destruction_item SET state = 'DESTROYED', checked_at = ?"
                  + " WHERE run_id = ? AND record_id = ANY(?) AND state = 'PENDING'")) {
        done.setTimestamp(1, Timestamp.from(now));
        done.setLong(2, runId);
        done.setArray(3, ids);
        int marked = done.executeUpdate();
        if (keysDeleted != destroyed.size()
            || recordsDeleted != destroyed.size()
            || marked != destroyed.size()) {
          throw new IllegalStateException(
              "Destroying records "
                  + range(destroyed)
                  + " deleted "
                  + keysDeleted
                  + " data keys and "
                  + recordsDeleted
                  + " records and marked "
                  + marked
                  + ", not "
                  + destroyed.size()
                  + " each: nothing of this chunk is recorded as destroyed.");
        }
      }
      try (PreparedStatement left =
          connection.prepareStatement(
              "SELECT COUNT(*) FROM record_data_key WHERE record_id = ANY(?)")) {
        left.setArray(1, ids);
        try (ResultSet rows = left.executeQuery()) {
          rows.next();
          if (rows.getLong(1) != 0) {
            throw new IllegalStateException(
                "Data keys of records " + range(destroyed) + " are still present after erase.");
          }
        }
      }
      auditEvents.record(
          ACTOR,
          "records-destroyed",
          "destruction-run:" + runId,
          Outcome.SUCCESS,
          destroyed.size() + " record(s), ids " + range(destroyed));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not destroy records of run " + runId + ": " + e.getMessage(), e);
    }
  }

  /**
   * Destroys each key-encryption key of the run's epochs that no data key refers to any more: the
   * database's older copies of those records (WAL, replicas, backups) become unreadable with it. A
   * key still protecting a record (held, excluded, failed, or not yet due) stays. Answers the
   * epochs whose keys this run destroyed, this call and before.
   */
  public List<String> destroyEpochKeys(long runId) {
    DestructionRun run = entityManager.find(DestructionRun.class, runId);
    TreeSet<String> destroyedEpochs = new TreeSet<>();
    if (run.epochKeysDestroyed() != null && !run.epochKeysDestroyed().isBlank()) {
      destroyedEpochs.addAll(List.of(run.epochKeysDestroyed().split(",")));
    }
    @SuppressWarnings("unchecked")
    List<String> epochs =
        entityManager
            .createNativeQuery(
                "SELECT DISTINCT key_epoch FROM tombstone WHERE run_id = ? AND key_epoch <> ?")
            .setParameter(1, runId)
            .setParameter(2, KeyEncryptionKey.PENDING)
            .getResultList();
    Instant now = Instant.now();
    for (String epoch : epochs) {
      // Lock the epoch's live keys first (waiting for any transaction wrapping under them), so the
      // check below, a statement of its own, sees every data key committed meanwhile.
      entityManager
          .createNativeQuery(
              "SELECT id FROM key_encryption_key WHERE epoch = ? AND destroyed_at IS NULL"
                  + " FOR UPDATE")
          .setParameter(1, epoch)
          .getResultList();
      int destroyed =
          entityManager
              .createNativeQuery(
                  "UPDATE key_encryption_key SET wrapped_key = NULL, destroyed_at = ?"
                      + " WHERE epoch = ? AND destroyed_at IS NULL AND NOT EXISTS"
                      + " (SELECT 1 FROM record_data_key d WHERE d.kek_id = key_encryption_key.id)")
              .setParameter(1, now)
              .setParameter(2, epoch)
              .executeUpdate();
      if (destroyed > 0) {
        masterKeys.forgetEpochKey(epoch);
        destroyedEpochs.add(epoch);
        auditEvents.record(
            ACTOR,
            "epoch-key-destroyed",
            "key-epoch:" + epoch,
            Outcome.SUCCESS,
            "run " + runId + ": no record remains under it");
      }
    }
    run.epochKeysDestroyed(String.join(",", destroyedEpochs));
    return List.copyOf(destroyedEpochs);
  }

  /**
   * Whether tombstones keep the customer reference ({@code sigilo.tombstone.customer-reference} /
   * {@code SIGILO_TOMBSTONE_CUSTOMER_REFERENCE}, {@code keep} by default, or {@code omit}). Kept,
   * legal can show a customer which certificate destroyed their records; omitted, nothing in Sigilo
   * links a destroyed record to a customer any more.
   */
  private boolean keepsCustomerReference() {
    String policy =
        Settings.value("sigilo.tombstone.customer-reference", "SIGILO_TOMBSTONE_CUSTOMER_REFERENCE")
            .orElse("keep");
    return switch (policy.toLowerCase(java.util.Locale.ROOT)) {
      case "keep" -> true;
      case "omit" -> false;
      default ->
          throw new IllegalStateException(
              "sigilo.tombstone.customer-reference is keep or omit, not '" + policy + "'.");
    };
  }

  /** Marks PENDING items (all of the run's, or those given) that a hold in force covers as HELD. */
  private static int holdCheck(Connection connection, long runId, Array ids, Instant now)
      throws SQLException {
    // one whose files an interrupted attempt had started to overwrite is no longer untouched:
    // FAILED, saying so, rather than HELD
    String touched =
        "EXISTS (SELECT 1 FROM call_attachment a WHERE a.call_id = destruction_item.record_id"
            + " AND a.shred_started_at IS NOT NULL)";
    try (PreparedStatement held =
        connection.prepareStatement(
            "UPDATE destruction_item SET checked_at = ?,"
                + " state = CASE WHEN "
                + touched
                + " THEN 'FAILED' ELSE 'HELD' END,"
                + " failure_reason = CASE WHEN "
                + touched
                + " THEN 'A legal hold was placed after its archive files were overwritten by an"
                + " interrupted attempt; its rows and data key are kept. Tell legal.' END"
                + " WHERE run_id = ? AND state = 'PENDING'"
                + (ids == null ? "" : " AND record_id = ANY(?)")
                + " AND EXISTS (SELECT 1 FROM call_record c"
                + " WHERE c.id = destruction_item.record_id AND "
                + DueRecordsSql.callIsHeld("c")
                + ")")) {
      held.setTimestamp(1, Timestamp.from(now));
      held.setLong(2, runId);
      if (ids != null) {
        held.setArray(3, ids);
      }
      return held.executeUpdate();
    }
  }

  private static void fail(Connection connection, long runId, long recordId, String reason)
      throws SQLException {
    try (PreparedStatement failed =
        connection.prepareStatement(
            "UPDATE destruction_item SET state = 'FAILED', failure_reason = ?"
                + " WHERE run_id = ? AND record_id = ? AND state = 'PENDING'")) {
      failed.setString(1, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
      failed.setLong(2, runId);
      failed.setLong(3, recordId);
      if (failed.executeUpdate() != 1) {
        throw new IllegalStateException(
            "Record " + recordId + " of run " + runId + " is no longer pending: not failed twice.");
      }
    }
  }

  private static void markHeld(Connection connection, long runId, long recordId, Instant now)
      throws SQLException {
    try (PreparedStatement held =
        connection.prepareStatement(
            "UPDATE destruction_item SET state = 'HELD', checked_at = ?"
                + " WHERE run_id = ? AND record_id = ? AND state = 'PENDING'")) {
      held.setTimestamp(1, Timestamp.from(now));
      held.setLong(2, runId);
      held.setLong(3, recordId);
      held.executeUpdate();
    }
  }

  /**
   * Records of the chunk that must not be destroyed after all, with why: an empty reason for one a
   * legal hold placed since {@link #prepare} now covers and whose files were not touched (it is
   * simply held); a reason for one held whose files were overwritten already (reported, not called
   * untouched), and for one that got a file attached after its files were noted (that file would be
   * left unshredded).
   */
  private static Map<Long, String> refusedNow(
      Connection connection, Array candidateIds, List<FilesOutcome> outcomes) throws SQLException {
    Map<Long, Integer> files = new java.util.HashMap<>();
    outcomes.forEach(outcome -> files.put(outcome.recordId(), outcome.files()));
    Map<Long, String> refused = new LinkedHashMap<>();
    try (PreparedStatement held =
        connection.prepareStatement(
            "SELECT c.id FROM call_record c WHERE c.id = ANY(?) AND "
                + DueRecordsSql.callIsHeld("c"))) {
      held.setArray(1, candidateIds);
      try (ResultSet rows = held.executeQuery()) {
        while (rows.next()) {
          long id = rows.getLong(1);
          int overwritten = files.getOrDefault(id, 0);
          refused.put(
              id,
              overwritten == 0
                  ? ""
                  : "A legal hold was placed while it was being destroyed: its "
                      + overwritten
                      + " archive file(s) were already overwritten; its rows and data key are"
                      + " kept. Tell legal.");
        }
      }
    }
    try (PreparedStatement added =
        connection.prepareStatement(
            "SELECT DISTINCT call_id FROM call_attachment WHERE call_id = ANY(?)"
                + " AND shred_started_at IS NULL")) {
      added.setArray(1, candidateIds);
      try (ResultSet rows = added.executeQuery()) {
        while (rows.next()) {
          refused.putIfAbsent(
              rows.getLong(1),
              "A file was attached while the record was being destroyed; it was not overwritten,"
                  + " so the record is kept. Destroy the list again.");
        }
      }
    }
    return refused;
  }

  private static int update(Connection connection, String sql, Array ids) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setArray(1, ids);
      return statement.executeUpdate();
    }
  }

  private static String range(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return "(none)";
    }
    TreeSet<Long> sorted = new TreeSet<>(ids);
    return sorted.first() + ".." + sorted.last();
  }
}

package org.sigilo.destruction.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.sigilo.archives.control.ArchiveStore;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.calls.control.CallRemoval;
import org.sigilo.certificates.control.CertificateEntry;
import org.sigilo.crypto.control.KeyVault;
import org.sigilo.crypto.entity.KeyEncryptionKey;
import org.sigilo.platform.control.Settings;
import org.sigilo.retention.control.DueRecordsSql;

/**
 * Destroys a chunk of records whose files were shredded, in the chunk's transaction: for each, the
 * tombstone, the cryptographic erase of its data key, the deletion of its rows and its item's state
 * DESTROYED, all or nothing. A record that must not be destroyed after all (held meanwhile, a file
 * attached meanwhile, no data key, a key still under "pending") is held or failed with the reason
 * and keeps its rows; the others of the chunk go on.
 */
@Stateless
@PermitAll // called by batch artifacts, which run without a caller; the job boundary checks roles
public class ChunkDestruction {

  @Inject DataSource dataSource;
  @Inject KeyVault keyVault;
  @Inject ArchiveStore archive;
  @Inject CallRemoval calls;
  @EJB AuditEvents auditEvents;

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
   * Destroys the records whose files were shredded and fails those whose files could not be; the
   * whole chunk fails (and rolls back) if any count comes out other than expected.
   */
  public void destroy(long runId, int passes, List<FilesOutcome> outcomes) {
    Instant now = Instant.now();
    try (Connection connection = dataSource.getConnection()) {
      List<Long> candidates = new ArrayList<>();
      for (FilesOutcome outcome : outcomes) {
        if (outcome.failure() != null) {
          DestructionItems.fail(connection, runId, outcome.recordId(), outcome.failure());
        } else {
          candidates.add(outcome.recordId());
        }
      }
      if (candidates.isEmpty()) {
        return;
      }
      Map<Long, String> refused =
          refusedNow(
              connection, connection.createArrayOf("BIGINT", candidates.toArray()), outcomes);
      Map<Long, String> epochs = keyVault.epochsOf(candidates);
      epochs.forEach(
          (recordId, epoch) -> {
            if (KeyEncryptionKey.PENDING.equals(epoch)) {
              // its older copies stay readable under the live 'pending' key: no erase to claim
              refused.putIfAbsent(
                  recordId,
                  "Its data key is still under the 'pending' key-encryption key (no sweep moved"
                      + " it to its month's key), so copies in backups would stay readable; sweep"
                      + " again, then destroy it.");
            }
          });
      List<FilesOutcome> destroyed = new ArrayList<>();
      for (FilesOutcome outcome : outcomes) {
        if (outcome.failure() != null) {
          continue;
        }
        String refusal = refused.get(outcome.recordId());
        if (refusal != null) {
          if (refusal.isEmpty()) {
            DestructionItems.markHeld(connection, runId, outcome.recordId(), now);
          } else {
            DestructionItems.fail(connection, runId, outcome.recordId(), refusal);
          }
        } else if (!epochs.containsKey(outcome.recordId())) {
          DestructionItems.fail(
              connection,
              runId,
              outcome.recordId(),
              "The record has no data key (or no longer exists): its cryptographic erase"
                  + " cannot be carried out or shown.");
        } else {
          destroyed.add(outcome);
        }
      }
      if (destroyed.isEmpty()) {
        return;
      }
      writeTombstones(connection, runId, passes, destroyed, epochs, now);
      List<Long> ids = destroyed.stream().map(FilesOutcome::recordId).toList();
      int keysErased = keyVault.erase(ids);
      archive.removeEntries(ids);
      int recordsDeleted = calls.delete(ids);
      int marked =
          DestructionItems.markDestroyed(
              connection, runId, connection.createArrayOf("BIGINT", ids.toArray()), now);
      if (keysErased != ids.size() || recordsDeleted != ids.size() || marked != ids.size()) {
        throw new IllegalStateException(
            "Destroying records "
                + DestructionItems.range(ids)
                + " erased "
                + keysErased
                + " data keys and deleted "
                + recordsDeleted
                + " records and marked "
                + marked
                + ", not "
                + ids.size()
                + " each: nothing of this chunk is recorded as destroyed.");
      }
      auditEvents.record(
          DestructionRuns.ACTOR,
          "records-destroyed",
          "destruction-run:" + runId,
          Outcome.SUCCESS,
          ids.size() + " record(s), ids " + DestructionItems.range(ids));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not destroy records of run " + runId + ": " + e.getMessage(), e);
    }
  }

  /**
   * One tombstone per destroyed record (metadata only), with the epoch its key was under; fails the
   * chunk if one is not written: no record is destroyed without its tombstone (the certificate is
   * made of them).
   */
  private void writeTombstones(
      Connection connection,
      long runId,
      int passes,
      List<FilesOutcome> destroyed,
      Map<Long, String> epochs,
      Instant now)
      throws SQLException {
    // checked in this transaction (refusedNow), right before the keys go
    String holdCheck = CertificateEntry.noHoldAt(now);
    try (PreparedStatement tombstone =
        connection.prepareStatement(
            "INSERT INTO tombstone (record_id, run_id, record_class, customer_reference,"
                + " occurred_at, documented_at, due_on, schedule_id, schedule_version,"
                + " hold_check, key_epoch, files, file_bytes, overwrite_passes, destroyed_at)"
                + " SELECT c.id, i.run_id, c.record_class,"
                + (keepsCustomerReference() ? " c.customer_reference," : " NULL,")
                + " c.occurred_at, c.created_at, i.due_on, i.schedule_id, s.version,"
                + " ?, ?, ?, ?, ?, ?"
                + " FROM call_record c"
                + " JOIN destruction_item i ON i.record_id = c.id AND i.run_id = ?"
                + " JOIN retention_schedule s ON s.id = i.schedule_id"
                + " WHERE c.id = ?")) {
      for (FilesOutcome outcome : destroyed) {
        tombstone.setString(1, holdCheck);
        tombstone.setString(2, epochs.get(outcome.recordId()));
        tombstone.setInt(3, outcome.files());
        tombstone.setLong(4, outcome.bytes());
        tombstone.setInt(5, outcome.files() == 0 ? 0 : passes);
        tombstone.setTimestamp(6, Timestamp.from(now));
        tombstone.setLong(7, runId);
        tombstone.setLong(8, outcome.recordId());
        tombstone.addBatch();
      }
      for (int inserted : tombstone.executeBatch()) {
        if (inserted == 0) {
          throw new IllegalStateException(
              "A tombstone of records "
                  + DestructionItems.range(destroyed.stream().map(FilesOutcome::recordId).toList())
                  + " was not written: nothing of this chunk is destroyed.");
        }
      }
    }
  }

  /**
   * Whether tombstones keep the customer reference ({@code sigilo.tombstone.customer-reference} /
   * {@code SIGILO_TOMBSTONE_CUSTOMER_REFERENCE}, {@code keep} by default, or {@code omit}). Kept,
   * legal can show a customer which certificate destroyed their records; omitted, nothing in Sigilo
   * links a destroyed record to a customer any more.
   */
  private static boolean keepsCustomerReference() {
    String policy =
        Settings.value("sigilo.tombstone.customer-reference", "SIGILO_TOMBSTONE_CUSTOMER_REFERENCE")
            .orElse("keep");
    return switch (policy.toLowerCase(Locale.ROOT)) {
      case "keep" -> true;
      case "omit" -> false;
      default ->
          throw new IllegalStateException(
              "sigilo.tombstone.customer-reference is keep or omit, not '" + policy + "'.");
    };
  }

  /**
   * Records of the chunk that must not be destroyed after all, with why: an empty reason for one a
   * legal hold placed since {@link ChunkPreparation#prepare} now covers and whose files were not
   * touched (it is simply held); a reason for one held whose files were overwritten already
   * (reported, not called untouched), and for one that got a file attached after its files were
   * noted (that file would be left unshredded).
   */
  private static Map<Long, String> refusedNow(
      Connection connection, Array candidateIds, List<FilesOutcome> outcomes) throws SQLException {
    Map<Long, Integer> files = new HashMap<>();
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
}

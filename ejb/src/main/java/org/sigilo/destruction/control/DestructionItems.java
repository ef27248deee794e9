package org.sigilo.destruction.control;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;
import org.sigilo.destruction.entity.ItemState;
import org.sigilo.retention.control.DueRecordsSql;

/**
 * The moves of a run's items ({@code destruction_item}) from {@link ItemState#PENDING} to HELD,
 * FAILED or DESTROYED, each guarded by "still PENDING", so a replayed chunk never moves an item
 * twice. Plain JDBC on the caller's connection, inside the caller's transaction.
 */
final class DestructionItems {

  /** The states as SQL literals, for statements that compare or set them. */
  static final String PENDING = literal(ItemState.PENDING);

  static final String HELD = literal(ItemState.HELD);
  static final String FAILED = literal(ItemState.FAILED);
  static final String DESTROYED = literal(ItemState.DESTROYED);

  private DestructionItems() {}

  /**
   * Marks PENDING items (all of the run's, or those given) that a hold in force covers as HELD;
   * answers how many.
   */
  static int holdCheck(Connection connection, long runId, Array ids, Instant now)
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
                + " THEN "
                + FAILED
                + " ELSE "
                + HELD
                + " END,"
                + " failure_reason = CASE WHEN "
                + touched
                + " THEN 'A legal hold was placed after its archive files were overwritten by an"
                + " interrupted attempt; its rows and data key are kept. Tell legal.' END"
                + " WHERE run_id = ? AND state = "
                + PENDING
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

  /** Marks a PENDING item FAILED with the reason; fails if it is no longer pending. */
  static void fail(Connection connection, long runId, long recordId, String reason)
      throws SQLException {
    try (PreparedStatement failed =
        connection.prepareStatement(
            "UPDATE destruction_item SET state = "
                + FAILED
                + ", failure_reason = ?"
                + " WHERE run_id = ? AND record_id = ? AND state = "
                + PENDING)) {
      failed.setString(1, reason.length() > 2000 ? reason.substring(0, 2000) : reason);
      failed.setLong(2, runId);
      failed.setLong(3, recordId);
      if (failed.executeUpdate() != 1) {
        throw new IllegalStateException(
            "Record " + recordId + " of run " + runId + " is no longer pending: not failed twice.");
      }
    }
  }

  /** Marks a PENDING item HELD. */
  static void markHeld(Connection connection, long runId, long recordId, Instant now)
      throws SQLException {
    try (PreparedStatement held =
        connection.prepareStatement(
            "UPDATE destruction_item SET state = "
                + HELD
                + ", checked_at = ?"
                + " WHERE run_id = ? AND record_id = ? AND state = "
                + PENDING)) {
      held.setTimestamp(1, Timestamp.from(now));
      held.setLong(2, runId);
      held.setLong(3, recordId);
      held.executeUpdate();
    }
  }

  /** Marks the given PENDING items DESTROYED; answers how many. */
  static int markDestroyed(Connection connection, long runId, Array ids, Instant now)
      throws SQLException {
    try (PreparedStatement done =
        connection.prepareStatement(
            "UPDATE destruction_item SET state = "
                + DESTROYED
                + ", checked_at = ?"
                + " WHERE run_id = ? AND record_id = ANY(?) AND state = "
                + PENDING)) {
      done.setTimestamp(1, Timestamp.from(now));
      done.setLong(2, runId);
      done.setArray(3, ids);
      return done.executeUpdate();
    }
  }

  /** Ids as "first..last", for messages and the audit trail. */
  static String range(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return "(none)";
    }
    TreeSet<Long> sorted = new TreeSet<>(ids);
    return sorted.first() + ".." + sorted.last();
  }

  private static String literal(ItemState state) {
    return "'" + state.name() + "'";
  }
}

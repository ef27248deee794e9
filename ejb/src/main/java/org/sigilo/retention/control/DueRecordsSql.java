package org.sigilo.retention.control;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one statement that lists a range's due records on a disposition list. Only the date
 * arithmetic differs between the databases Sigilo runs on; both add whole months first (clamping to
 * the month's end) and then days, as {@link RetentionRule#dueFrom} does.
 *
 * <p>Parameters: 1 list id, 2 first record id, 3 last record id, 4 due on or before, 5 list id. A
 * record is due when its trigger date (the call's UTC date, or its trigger event's date) plus its
 * class's current schedule period is on or before the cut-off. It is listed as held when a hold in
 * force covers it, and left out when it is already on another live list as destroyable.
 */
public final class DueRecordsSql {

  /** The databases Sigilo runs on, as far as date arithmetic differs between them. */
  public enum Dialect {
    H2("DATEADD(DAY, t.period_days, DATEADD(MONTH, t.period_months, t.trigger_date))"),
    POSTGRESQL(
        "CAST(t.trigger_date + t.period_months * INTERVAL '1 month'"
            + " + t.period_days * INTERVAL '1 day' AS DATE)");

    private final String dueDate;

    Dialect(String dueDate) {
      this.dueDate = dueDate;
    }

    public static Dialect of(boolean embeddedH2) {
      return embeddedH2 ? H2 : POSTGRESQL;
    }
  }

  private DueRecordsSql() {}

  static String insert(Dialect dialect, List<Long> openLists, List<Long> approvedLists) {
    return "INSERT INTO disposition_item (list_id, record_id, record_class, schedule_id,"
        + " trigger_date, due_on, held, decision)"
        + " SELECT ?, d.id, d.record_class, d.schedule_id, d.trigger_date, d.due_on, d.held,"
        + " CASE WHEN d.held THEN 'HELD' WHEN d.disposition = 'REVIEW' THEN 'UNDECIDED'"
        + " ELSE 'DESTROY' END"
        + " FROM ("
        + dueRecords(dialect)
        + ") d"
        + notOnLiveLists(openLists, approvedLists);
  }

  /**
   * Leaves out records that another list still decides: any record on a list in review or submitted
   * (decisions there may still change), and those an approved list destroys (so exclusions come up
   * again). The lists are named by id, found beforehand: with none, there is no condition at all,
   * and with some, each lookup is on the (list, record) key. A condition that joined the lists
   * itself let the planner, with statistics from an emptier table, scan the growing item table once
   * per record.
   */
  static String notOnLiveLists(List<Long> openLists, List<Long> approvedLists) {
    List<String> busy = new ArrayList<>();
    if (!openLists.isEmpty()) {
      busy.add("i.list_id IN (" + ids(openLists) + ")");
    }
    if (!approvedLists.isEmpty()) {
      busy.add("(i.list_id IN (" + ids(approvedLists) + ") AND i.decision = 'DESTROY')");
    }
    return busy.isEmpty()
        ? ""
        : " WHERE NOT EXISTS (SELECT 1 FROM disposition_item i WHERE i.record_id = d.id"
            + " AND i.held = FALSE AND ("
            + String.join(" OR ", busy)
            + "))";
  }

  private static String ids(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /**
   * Whether a hold in force covers the record with the given id, customer reference, record class
   * and UTC call date (SQL expressions): listed in a hold, or matching all of a hold's criteria.
   */
  static String heldBy(String id, String customer, String recordClass, String callDate) {
    return "EXISTS (SELECT 1 FROM legal_hold h WHERE "
        + holdCovers(id, customer, recordClass, callDate)
        + ")";
  }

  /**
   * Whether the hold aliased {@code h} is in force and covers the record with the given id,
   * customer reference, record class and UTC call date (SQL expressions).
   */
  private static String holdCovers(
      String id, String customer, String recordClass, String callDate) {
    return "h.released_at IS NULL"
        + " AND ((h.by_records = TRUE AND EXISTS (SELECT 1 FROM legal_hold_record r"
        + " WHERE r.hold_id = h.id AND r.record_id = "
        + id
        + "))"
        + " OR (h.by_records = FALSE"
        + " AND (h.customer_reference IS NULL OR h.customer_reference = "
        + customer
        + ")"
        + " AND (h.record_class IS NULL OR h.record_class = "
        + recordClass
        + ")"
        + " AND (h.occurred_from IS NULL OR "
        + callDate
        + " >= h.occurred_from)"
        + " AND (h.occurred_to IS NULL OR "
        + callDate
        + " <= h.occurred_to)))";
  }

  /**
   * A join condition: the hold aliased {@code h} is in force and covers the {@code call_record} row
   * of the given alias; for naming the holds that kept records from destruction.
   */
  public static String holdCoversCall(String alias) {
    return holdCovers(
        alias + ".id",
        alias + ".customer_reference",
        alias + ".record_class",
        "CAST(" + alias + ".occurred_at AT TIME ZONE 'UTC' AS DATE)");
  }

  /**
   * Whether a hold in force covers the {@code call_record} row of the given alias: the check
   * destruction makes once more right before it destroys a record.
   */
  public static String callIsHeld(String alias) {
    return heldBy(
        alias + ".id",
        alias + ".customer_reference",
        alias + ".record_class",
        "CAST(" + alias + ".occurred_at AT TIME ZONE 'UTC' AS DATE)");
  }

  /**
   * Marks as held every not-yet-held item of the given lists that a hold in force now covers: a
   * hold placed after a record was listed takes it off the destruction. Parameter: none; {@code
   * lists} is a condition on {@code disposition_item.list_id}.
   */
  static String applyHolds(String lists) {
    return "UPDATE disposition_item SET held = TRUE, decision = 'HELD', decided_by = NULL,"
        + " decision_reason = NULL"
        + " WHERE held = FALSE AND "
        + lists
        + " AND EXISTS (SELECT 1 FROM call_record c WHERE c.id = disposition_item.record_id AND "
        + heldBy(
            "c.id",
            "c.customer_reference",
            "c.record_class",
            "CAST(c.occurred_at AT TIME ZONE 'UTC' AS DATE)")
        + ")";
  }

  /**
   * Due records of an id range with their hold status; parameters: first id, last id, cut-off. The
   * benchmark's baseline runs the same over the whole table.
   */
  static String dueRecords(Dialect dialect) {
    return "SELECT u.*, CASE WHEN "
        + heldBy("u.id", "u.customer_reference", "u.record_class", "u.call_date")
        + " THEN TRUE ELSE FALSE END AS held"
        + " FROM "
        + withDueDates(dialect)
        + " u"
        + " WHERE u.due_on <= ?";
  }

  /**
   * How many records of each class fall due in each calendar month of a range, and how many of them
   * a hold in force covers: the retention outlook. The due dates are those the sweep lists records
   * by ({@link #dueRecords}), from the same subquery. Parameters: 1 first record id, 2 last record
   * id, 3 due on or after, 4 due before. Columns: record class, year, month, due, held.
   */
  public static String dueByMonth(Dialect dialect) {
    return "SELECT v.record_class, EXTRACT(YEAR FROM v.due_on) AS due_year,"
        + " EXTRACT(MONTH FROM v.due_on) AS due_month, COUNT(*) AS due, SUM(v.held) AS held"
        + " FROM (SELECT u.record_class, u.due_on, CASE WHEN "
        + heldBy("u.id", "u.customer_reference", "u.record_class", "u.call_date")
        + " THEN 1 ELSE 0 END AS held"
        + " FROM "
        + withDueDates(dialect)
        + " u"
        + " WHERE u.due_on >= ? AND u.due_on < ?) v"
        + " GROUP BY v.record_class, EXTRACT(YEAR FROM v.due_on), EXTRACT(MONTH FROM v.due_on)";
  }

  /**
   * Every record of an id range whose class has a schedule and whose clock has started, with its
   * trigger and due dates (a parenthesized subquery); parameters: first id, last id.
   */
  private static String withDueDates(Dialect dialect) {
    return "(SELECT t.id, t.record_class, t.customer_reference, t.schedule_id,"
        + " t.disposition, t.call_date, t.trigger_date, "
        + dialect.dueDate
        + " AS due_on"
        + " FROM (SELECT c.id, c.record_class, c.customer_reference, s.id AS schedule_id,"
        + " s.disposition, s.period_months, s.period_days,"
        + " CAST(c.occurred_at AT TIME ZONE 'UTC' AS DATE) AS call_date,"
        + " CASE WHEN s.trigger_event IS NULL THEN CAST(c.occurred_at AT TIME ZONE 'UTC' AS DATE)"
        + " ELSE e.occurred_on END AS trigger_date"
        + " FROM call_record c"
        + " JOIN retention_schedule s"
        + " ON s.record_class = c.record_class AND s.superseded_at IS NULL"
        + " LEFT JOIN call_event e ON e.call_id = c.id AND e.event_type = s.trigger_event"
        + " WHERE c.id BETWEEN ? AND ?) t"
        + " WHERE t.trigger_date IS NOT NULL)";
  }
}

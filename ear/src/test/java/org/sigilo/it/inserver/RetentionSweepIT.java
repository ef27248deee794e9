package org.sigilo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigilo.it.SigiloDeployment;
import org.sigilo.jobs.boundary.JobConflict;
import org.sigilo.jobs.boundary.JobRun;
import org.sigilo.jobs.boundary.NightlyJobs;
import org.sigilo.jobs.boundary.PartitionProgress;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.retention.boundary.DispositionItemView;
import org.sigilo.retention.boundary.ItemPage;
import org.sigilo.retention.control.DispositionSweep;

/**
 * The retention-sweep job in the real server, on the suite's database: due dates computed in SQL
 * agree with the schedule arithmetic, holds keep records off the destroyable list, partitions
 * report their counts, and a failure in the middle of the step restarts without duplicates or gaps.
 *
 * <p>Every test calls are from 2001 to 2005 and every sweep here lists only what was due by the end
 * of 2006, so the demo and synthetic calls of the last years never enter these lists.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionSweepIT {

  static final String CUT_OFF = "2006-12-31";

  @Deployment
  static EnterpriseArchive sigiloWithTests() {
    return SigiloDeployment.earWithTests(RetentionSweepIT.class.getPackage());
  }

  @EJB AsRecordsManager manager;
  @EJB AsAgent agent;
  @EJB AsLegal legal;
  @EJB NightlyJobs nightlyJobs;
  @EJB DispositionSweep sweeps;

  @Resource(lookup = "java:jboss/datasources/SigiloDS")
  DataSource dataSource;

  private long call(String recordClass, String occurredAt) {
    return call(recordClass, occurredAt, "SWEEP-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private long call(String recordClass, String occurredAt, String customer) {
    return agent.document(Instant.parse(occurredAt), recordClass, customer);
  }

  private JobRun sweep(String partitions, String chunkSize) throws InterruptedException {
    return waitForEnd(manager.startSweep(partitions, "2", chunkSize, CUT_OFF));
  }

  private JobRun waitForEnd(long execution) throws InterruptedException {
    return JobExecutions.waitForEnd(manager::execution, execution);
  }

  /** The list's items for the given records, by record id. */
  private Map<Long, DispositionItemView> itemsOf(long listId, Set<Long> records) {
    Map<Long, DispositionItemView> found = new HashMap<>();
    for (int page = 0; ; page++) {
      ItemPage items = manager.items(listId, page);
      for (DispositionItemView item : items.items()) {
        if (records.contains(item.recordId())) {
          assertEquals(null, found.put(item.recordId(), item), "listed once: " + item);
        }
      }
      if ((long) (page + 1) * items.size() >= items.total()) {
        return found;
      }
    }
  }

  @Test
  void dueDatesInSqlMatchTheScheduleArithmeticAndEachPartitionCountsItsRecords() throws Exception {
    String monthly = manager.classWithSchedule("P1M", null);
    String yearly = manager.classWithSchedule("P1Y", null);
    String afterClosure = manager.classWithSchedule("P1M1D", "account-closure");
    long endOfJanuaryLeap = call(monthly, "2004-01-31T12:00:00Z");
    long endOfJanuary = call(monthly, "2003-01-31T12:00:00Z");
    long endOfMarch = call(monthly, "2005-03-31T12:00:00Z");
    long leapDay = call(yearly, "2004-02-29T12:00:00Z");
    long notYetDue = call(yearly, "2006-06-01T12:00:00Z");
    long closed = call(afterClosure, "2001-06-01T12:00:00Z");
    long stillOpen = call(afterClosure, "2001-06-01T12:00:00Z");
    manager.recordEvent(closed, "account-closure", "2005-01-31");

    JobRun run = sweep("3", "10");

    assertEquals("COMPLETED", run.batchStatus(), run.toString());
    assertNotNull(run.dispositionListId());
    Map<Long, DispositionItemView> items =
        itemsOf(
            run.dispositionListId(),
            Set.of(
                endOfJanuaryLeap, endOfJanuary, endOfMarch, leapDay, notYetDue, closed, stillOpen));
    Map<Long, LocalDate> expected =
        Map.of(
            endOfJanuaryLeap, LocalDate.parse("2004-02-29"),
            endOfJanuary, LocalDate.parse("2003-02-28"),
            endOfMarch, LocalDate.parse("2005-04-30"),
            leapDay, LocalDate.parse("2005-02-28"),
            closed, LocalDate.parse("2005-03-01"));
    assertEquals(expected.keySet(), items.keySet(), "due by " + CUT_OFF + ": " + items);
    for (var entry : expected.entrySet()) {
      DispositionItemView item = items.get(entry.getKey());
      assertEquals(entry.getValue(), item.dueOn(), "due date in SQL for " + item);
      assertEquals(
          manager.status(entry.getKey()).dueOn(),
          item.dueOn(),
          "the call's page (Java arithmetic) and the sweep (SQL) agree for " + item);
      assertEquals("DESTROY", item.decision());
      assertEquals(1, item.scheduleVersion());
    }
    assertEquals(LocalDate.parse("2005-01-31"), items.get(closed).triggerDate());
    assertEquals("2004-02", epochOfDataKey(endOfJanuaryLeap), "data key moved to its due month");
    assertEquals("2005-03", epochOfDataKey(closed));
    assertEquals("pending", epochOfDataKey(stillOpen), "not due: its key stays pending");
    assertEquals(
        "Retention test call of " + customerOf(leapDay),
        manager.summary(leapDay),
        "content still opens under the moved key");

    List<PartitionProgress> partitions = run.partitions();
    assertEquals(3, partitions.size());
    long total = 0;
    for (PartitionProgress partition : partitions) {
      assertEquals(partition.total(), partition.read(), "every record read: " + partition);
      assertEquals((partition.total() + 9) / 10, partition.commits(), "chunks of 10: " + partition);
      total += partition.total();
    }
    assertTrue(total >= 7, "the test's calls are among the " + total + " records");
    assertEquals(total, run.metrics().get("READ_COUNT"), "batch READ_COUNT over partitions");
    assertEquals(total, run.metrics().get("WRITE_COUNT"), "batch WRITE_COUNT over partitions");
    long commits = partitions.stream().mapToLong(PartitionProgress::commits).sum();
    assertTrue(
        run.metrics().get("COMMIT_COUNT") >= commits,
        "batch COMMIT_COUNT " + run.metrics() + " covers the " + commits + " chunks");
    assertTrue(run.exitStatus().startsWith("Disposition list " + run.dispositionListId()));
  }

  @Test
  void heldRecordsAreNeverDestroyableAndReleasingTheLastHoldMakesThemDue() throws Exception {
    String daily = manager.classWithSchedule("P1D", null);
    String customer = "HELD-" + UUID.randomUUID().toString().substring(0, 8);
    long heldTwice = call(daily, "2002-05-05T10:00:00Z", customer);
    long heldOnce = call(daily, "2002-05-05T10:00:00Z");
    long free = call(daily, "2002-05-05T10:00:00Z");
    long byCustomer = legal.holdCustomer("Matter A " + customer, customer);
    long byRecords = legal.holdRecords("Matter B " + customer, List.of(heldTwice, heldOnce));
    Set<Long> ours = Set.of(heldTwice, heldOnce, free);

    JobRun first = sweep(null, null);
    Map<Long, DispositionItemView> items = itemsOf(first.dispositionListId(), ours);
    assertEquals(ours, items.keySet());
    assertTrue(items.get(heldTwice).held());
    assertEquals("HELD", items.get(heldTwice).decision());
    assertEquals("HELD", items.get(heldOnce).decision());
    assertEquals("DESTROY", items.get(free).decision());
    Refusal refused =
        assertThrows(
            Refusal.class, () -> manager.confirmDestruction(first.dispositionListId(), heldOnce));
    assertEquals(Refusal.Kind.CONFLICT, refused.kind());
    assertTrue(refused.detail().contains("legal hold"), refused.detail());

    long late = legal.holdRecords("Matter C " + customer, List.of(free));
    assertEquals(
        "HELD",
        itemsOf(first.dispositionListId(), ours).get(free).decision(),
        "a hold placed after listing takes the record off the list's destruction");
    legal.release(late);

    legal.release(byCustomer);
    JobRun second = sweep(null, null);
    items = itemsOf(second.dispositionListId(), ours);
    assertEquals(ours, items.keySet(), "free is due again: its late hold was released");
    assertEquals("DESTROY", items.get(free).decision());
    assertEquals("HELD", items.get(heldTwice).decision(), "still held by the record hold");
    assertEquals("HELD", items.get(heldOnce).decision());

    legal.release(byRecords);
    JobRun third = sweep(null, null);
    items = itemsOf(third.dispositionListId(), ours);
    assertEquals(Set.of(heldTwice, heldOnce), items.keySet());
    assertEquals("DESTROY", items.get(heldTwice).decision(), "no hold left: due");
    assertFalse(items.get(heldOnce).held());
  }

  @Test
  void aFailureInTheMiddleOfTheStepRestartsWithoutDuplicatesOrGaps() throws Exception {
    String daily = manager.classWithSchedule("P1D", null);
    List<Long> ours = new ArrayList<>();
    for (int i = 0; i < 35; i++) {
      ours.add(call(daily, "2003-03-03T09:00:00Z"));
    }
    long damaged = ours.get(24);
    byte[] wrappedKey = wrappedKeyOf(damaged);
    setWrappedKey(damaged, new byte[wrappedKey.length]);
    JobRun failed;
    try {
      failed = sweep("2", "10");
    } finally {
      setWrappedKey(damaged, wrappedKey);
    }

    assertEquals("FAILED", failed.batchStatus(), failed.toString());
    long listId = failed.dispositionListId();
    int listedBefore = itemsOf(listId, Set.copyOf(ours)).size();
    assertTrue(
        listedBefore > 0 && listedBefore < ours.size(),
        "the step failed in the middle: " + listedBefore + " of " + ours.size() + " listed");
    PartitionProgress last = failed.partitions().get(failed.partitions().size() - 1);
    assertTrue(last.read() < last.total(), "the last partition stopped early: " + last);
    assertTrue(
        failed.exitStatus().startsWith("Failed on ")
            && failed.exitStatus().contains(" (step list-due-records): "),
        "the exit status says where and why it failed: " + failed.exitStatus());
    EJBException shortList = assertThrows(EJBException.class, () -> sweeps.closeList(listId));
    assertTrue(
        shortList
            .getCause()
            .getMessage()
            .startsWith(
                "Disposition list "
                    + listId
                    + " was not closed: partition "
                    + last.partition()
                    + " (ids "
                    + last.firstId()
                    + " to "
                    + last.lastId()
                    + "): "),
        "a list is never closed while a partition is short: " + shortList.getCause());

    JobRun restarted = waitForEnd(manager.restart(failed.executionId()));

    assertEquals("COMPLETED", restarted.batchStatus(), restarted.toString());
    assertEquals(listId, restarted.dispositionListId(), "the restart continues the same list");
    assertEquals(Set.copyOf(ours), itemsOf(listId, Set.copyOf(ours)).keySet(), "no gaps");
    assertEquals(ours.size(), rowsOnList(listId, ours), "no duplicates");
    for (PartitionProgress partition : restarted.partitions()) {
      assertEquals(partition.total(), partition.read(), "no gaps in " + partition);
    }
  }

  @Test
  void theTestServersTurnTheNightlySweepOff() {
    assertEquals(null, nightlyJobs.sweepSchedule(), "sigilo.retention-sweep.at=off is honoured");
  }

  @Test
  void aSecondSweepIsRefusedWhileOneRunsAndAStoppedSweepRestarts() throws Exception {
    long running = manager.startSweep("1", "1", "10", CUT_OFF);
    JobConflict refused =
        assertThrows(JobConflict.class, () -> manager.startSweep(null, null, null, CUT_OFF));
    assertTrue(refused.detail().contains("already running"), refused.detail());

    JobRun stopping = manager.stop(running);
    JobRun stopped = waitForEnd(stopping.executionId());
    assertEquals("STOPPED", stopped.batchStatus(), stopped.toString());
    JobRun restarted = waitForEnd(manager.restart(running));
    assertEquals("COMPLETED", restarted.batchStatus(), restarted.toString());
    assertNotNull(restarted.dispositionListId());
    if (stopped.dispositionListId() != null) {
      assertEquals(stopped.dispositionListId(), restarted.dispositionListId(), "the same list");
    } // else it stopped before opening its list, and the restart opened it
  }

  @Test
  void aStoppedSweepReplacedByANewerOneCannotBeRestarted() throws Exception {
    long first = manager.startSweep("1", "1", "10", CUT_OFF);
    JobRun opened = manager.execution(first);
    while (opened.dispositionListId() == null && opened.running()) {
      Thread.sleep(20);
      opened = manager.execution(first);
    }
    assertNotNull(opened.dispositionListId(), "the sweep opened its list: " + opened);
    JobRun stopped = waitForEnd(manager.stop(first).executionId());
    assertEquals("STOPPED", stopped.batchStatus(), stopped.toString());

    JobRun newer = waitForEnd(manager.startSweep(null, null, null, CUT_OFF));
    assertEquals("COMPLETED", newer.batchStatus());
    JobConflict refused = assertThrows(JobConflict.class, () -> manager.restart(first));
    assertTrue(refused.detail().contains("replaced by a newer sweep"), refused.detail());
  }

  private String epochOfDataKey(long recordId) throws SQLException {
    return single(
        "SELECT k.epoch FROM record_data_key d JOIN key_encryption_key k ON k.id = d.kek_id"
            + " WHERE d.record_id = ?",
        recordId);
  }

  private String customerOf(long recordId) throws SQLException {
    return single("SELECT customer_reference FROM call_record WHERE id = ?", recordId);
  }

  private String single(String sql, long id) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, id);
      try (ResultSet rows = select.executeQuery()) {
        assertTrue(rows.next(), sql + " for " + id);
        return rows.getString(1);
      }
    }
  }

  private byte[] wrappedKeyOf(long recordId) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT wrapped_key FROM record_data_key WHERE record_id = ?")) {
      select.setLong(1, recordId);
      try (ResultSet rows = select.executeQuery()) {
        assertTrue(rows.next());
        return rows.getBytes(1);
      }
    }
  }

  private void setWrappedKey(long recordId, byte[] wrappedKey) throws SQLException {
    assertEquals(
        1,
        RowEditor.update(
            dataSource,
            "UPDATE record_data_key SET wrapped_key = ? WHERE record_id = ?",
            wrappedKey,
            recordId));
  }

  private long rowsOnList(long listId, List<Long> records) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "SELECT COUNT(*) FROM disposition_item WHERE list_id = ? AND record_id BETWEEN ? AND ?")) {
      count.setLong(1, listId);
      count.setLong(2, records.get(0));
      count.setLong(3, records.get(records.size() - 1));
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}

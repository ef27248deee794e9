package org.sigilo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.boundary.AuditFilter;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.certificates.boundary.CertificateView;
import org.sigilo.destruction.boundary.DestructionMonth;
import org.sigilo.it.SigiloDeployment;
import org.sigilo.jobs.boundary.JobRun;
import org.sigilo.retention.boundary.DueOutlook;

/**
 * The home pages' read-only queries in the real server, on the suite's database (so on H2 and on
 * PostgreSQL, whose date arithmetic and grouping differ): the retention outlook counts each month's
 * due records by class and what holds keep, in UTC months, 24 of them and no more; the destruction
 * history counts a run in its month with its certificate; the audit trail's filters narrow, order
 * and page as the auditor asks.
 *
 * <p>The database holds other tests' data too, so the numbers asserted exactly are this test's own:
 * record classes of its own, and changes (holds, a destruction run) read before and after.
 * Destroyed records are calls of 1987, a year no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
class OutlookAndHistoryIT {

  @Deployment
  static EnterpriseArchive sigiloWithTests() {
    return SigiloDeployment.earWithTests(OutlookAndHistoryIT.class.getPackage());
  }

  @EJB AsRecordsManager manager;
  @EJB AsAgent agent;
  @EJB AsLegal legal;
  @EJB AsAuditor auditor;
  @EJB AuditEvents auditEvents;

  private long call(String recordClass, Instant occurredAt) {
    return call(recordClass, occurredAt, "OUTLOOK-" + UUID.randomUUID().toString().substring(0, 8));
  }

  private long call(String recordClass, Instant occurredAt, String customer) {
    return agent.document(occurredAt, recordClass, customer);
  }

  private static Instant at(LocalDate date, String timeOfDay) {
    return Instant.parse(date + "T" + timeOfDay + "Z");
  }

  @Test
  void theOutlookCountsEachUtcMonthsDueRecordsByClassAndWhatHoldsKeep() {
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    // kept two years: a call falls due in the month two years after its own
    String twoYears = manager.classWithSchedule("P2Y", null);
    Map<Long, Integer> monthOf = new LinkedHashMap<>();
    monthOf.put(call(twoYears, at(now.minusYears(2).atDay(1), "00:00:00")), 0);
    long heldByRecord = call(twoYears, at(now.plusMonths(1).minusYears(2).atDay(15), "10:00:00"));
    monthOf.put(heldByRecord, 1);
    monthOf.put(call(twoYears, at(now.plusMonths(1).minusYears(2).atDay(15), "11:00:00")), 1);
    // the last day of a month and the first of the next, in UTC: different months
    YearMonth endingMonth = now.plusMonths(2).minusYears(2);
    monthOf.put(call(twoYears, at(endingMonth.atEndOfMonth(), "23:59:59")), 2);
    monthOf.put(call(twoYears, at(endingMonth.plusMonths(1).atDay(1), "00:00:00")), 3);
    // half past midnight on the 1st at UTC+1 is still the last day of the month in UTC
    monthOf.put(
        call(
            twoYears,
            OffsetDateTime.of(
                    endingMonth.plusMonths(1).atDay(1).atTime(0, 30), ZoneOffset.ofHours(1))
                .toInstant()),
        2);
    String customer = "OUTLOOK-HELD-" + UUID.randomUUID().toString().substring(0, 8);
    YearMonth fifth = now.plusMonths(5).minusYears(2);
    long heldTwice = call(twoYears, at(fifth.atDay(10), "09:00:00"), customer);
    monthOf.put(heldTwice, 5);
    monthOf.put(call(twoYears, at(fifth.atDay(20), "09:00:00"), customer), 5);
    // the outlook's last month counts, the 25th does not, nor last month
    monthOf.put(
        call(twoYears, at(now.plusMonths(23).minusYears(2).atEndOfMonth(), "23:59:59")), 23);
    long twentyFifth = call(twoYears, at(now.minusYears(2).plusMonths(24).atDay(1), "00:00:00"));
    long heldOutside =
        call(twoYears, at(now.minusYears(2).plusMonths(24).atDay(1), "00:00:01"), customer);
    long lastMonth = call(twoYears, at(now.minusMonths(1).minusYears(2).atDay(15), "10:00:00"));

    // months first, clamped, then days: 30 January + 2 years 1 month is 28 (or 29) February, and
    // one day more is 1 March; days first would give February. The first February of the outlook:
    int year = now.getMonthValue() <= 2 ? now.getYear() : now.getYear() + 1;
    String monthsThenDays = manager.classWithSchedule("P2Y1M1D", null);
    long firstOfMarch = call(monthsThenDays, at(LocalDate.of(year - 2, 1, 30), "12:00:00"));
    int march = (int) now.until(YearMonth.of(year, Month.MARCH), ChronoUnit.MONTHS);

    // kept a year after the account closes: counted from the event, not the call
    String afterClosure = manager.classWithSchedule("P1Y", "account-closure");
    long closed = call(afterClosure, at(LocalDate.of(2001, 6, 1), "12:00:00"));
    manager.recordEvent(closed, "account-closure", now.plusMonths(4).minusYears(1).atDay(10) + "");
    long stillOpen = call(afterClosure, at(now.minusYears(1).atDay(5), "12:00:00"));

    // the Java arithmetic of the call's page agrees with the SQL's months
    for (var entry : monthOf.entrySet()) {
      assertEquals(
          now.plusMonths(entry.getValue()),
          YearMonth.from(manager.status(entry.getKey()).dueOn()),
          "due month of call " + entry.getKey());
    }
    assertEquals(now.plusMonths(24), YearMonth.from(manager.status(twentyFifth).dueOn()));
    assertEquals(now.plusMonths(24), YearMonth.from(manager.status(heldOutside).dueOn()));
    assertEquals(now.minusMonths(1), YearMonth.from(manager.status(lastMonth).dueOn()));
    assertEquals(LocalDate.of(year, 3, 1), manager.status(firstOfMarch).dueOn());
    assertEquals(now.plusMonths(4), YearMonth.from(manager.status(closed).dueOn()));
    assertNull(manager.status(stillOpen).dueOn(), "the clock has not started");

    long byRecords =
        legal.holdRecords("Outlook matter " + customer, List.of(heldByRecord, heldTwice));
    long byCustomer = legal.holdCustomer("Outlook customer matter " + customer, customer);
    DueOutlook held = manager.outlook();
    legal.release(byRecords);
    legal.release(byCustomer);
    DueOutlook released = manager.outlook();

    for (DueOutlook outlook : List.of(held, released)) {
      assertEquals(24, outlook.months().size());
      assertEquals(now, outlook.months().get(0), "from the current month");
      assertEquals(now.plusMonths(23), outlook.months().get(23), "24 months, no more");
      assertEquals(24, outlook.held().size());
      List<Long> expected = zeros();
      monthOf.values().forEach(month -> expected.set(month, expected.get(month) + 1));
      assertEquals(
          List.of(1L, 2L, 2L, 1L, 0L, 2L), expected.subList(0, 6), "the test's own arithmetic");
      assertEquals(expected, dueOf(outlook, twoYears), "held records still fall due");
      List<Long> marchOnly = zeros();
      marchOnly.set(march, 1L);
      assertEquals(marchOnly, dueOf(outlook, monthsThenDays), "1 March, not February");
      List<Long> fourth = zeros();
      fourth.set(4, 1L);
      assertEquals(fourth, dueOf(outlook, afterClosure), "the closed account only");
      assertEquals(
          "Sweep test " + twoYears,
          outlook.classes().stream()
              .filter(c -> c.code().equals(twoYears))
              .findFirst()
              .orElseThrow()
              .name());
    }
    List<Long> keptByHolds = zeros();
    for (int i = 0; i < 24; i++) {
      keptByHolds.set(i, held.held().get(i) - released.held().get(i));
    }
    List<Long> expectedKept = zeros();
    expectedKept.set(1, 1L);
    expectedKept.set(5, 2L); // one of them under both holds, counted once
    assertEquals(
        expectedKept, keptByHolds, "held: " + held.held() + ", released: " + released.held());
    assertEquals(2, held.holdsInForce() - released.holdsInForce(), "the two holds were in force");
  }

  @Test
  void theHistoryCountsADestructionRunInItsMonthWithItsCertificate() throws Exception {
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    List<DestructionMonth> before = legal.destructionHistory();
    assertMonthsUpTo(now, before);

    String recordClass = manager.classWithSchedule("P1M", null);
    String customer = "HISTORY-" + UUID.randomUUID().toString().substring(0, 8);
    List<Long> destroyed = new ArrayList<>();
    for (int month = 2; month <= 4; month++) {
      destroyed.add(call(recordClass, Instant.parse("1987-0" + month + "-10T10:00:00Z"), customer));
    }
    JobRun sweep = waitForEnd(manager.startSweep("2", "2", "10", "1987-12-31"));
    assertEquals("COMPLETED", sweep.batchStatus(), sweep.toString());
    long listId = sweep.dispositionListId();
    manager.submit(listId);
    legal.approve(listId);
    JobRun run = waitForEnd(legal.startDestruction(listId, "2", "1"));
    assertEquals("COMPLETED", run.batchStatus(), run.toString());
    assertEquals(3, run.destruction().destroyed(), run.toString());
    long number = run.destruction().certificateNumber();

    List<DestructionMonth> after = legal.destructionHistory();
    assertMonthsUpTo(now, after);
    assertEquals(before.subList(0, 23), after.subList(0, 23), "earlier months unchanged");
    DestructionMonth thisMonth = after.get(23);
    assertEquals(before.get(23).runs() + 1, thisMonth.runs());
    assertEquals(before.get(23).destroyed() + 3, thisMonth.destroyed());
    List<CertificateView> ours =
        thisMonth.certificates().stream().filter(c -> c.number() == number).toList();
    assertEquals(1, ours.size(), thisMonth.toString());
    CertificateView certificate = ours.get(0);
    assertEquals(listId, certificate.listId());
    assertEquals(3, certificate.destroyed());
    assertEquals(0, certificate.failed());
    assertEquals(legal.certificatesOfCustomer(customer), List.of(certificate), "the same view");
    assertEquals(after, auditor.destructionHistory(), "auditors read the same history");
  }

  @Test
  void theAuditFiltersNarrowByActorActionOutcomeAndTimeNewestFirst() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String alice = "auditee_" + suffix + "-alice";
    String bob = "auditee_" + suffix + "-bob";
    String lookalike = "auditeeX" + suffix + "-alice"; // matches auditee_ if _ were a wildcard
    String percent = "auditee%" + suffix; // matches auditee% if % were a wildcard
    String export = "export-" + suffix;
    List<AuditEvent> events = new ArrayList<>();
    events.add(auditEvents.record(alice, export, "t:1", Outcome.SUCCESS, "first"));
    events.add(
        later(events, () -> auditEvents.record(bob, export, "t:2", Outcome.FAILURE, "second")));
    events.add(
        later(
            events,
            () -> auditEvents.record(alice, "import-" + suffix, "t:3", Outcome.SUCCESS, "third")));
    events.add(
        later(
            events, () -> auditEvents.record(lookalike, export, "t:4", Outcome.DENIED, "fourth")));
    events.add(
        later(events, () -> auditEvents.record(percent, export, "t:5", Outcome.SUCCESS, "fifth")));
    List<Long> seq = events.stream().map(AuditEvent::sequenceNumber).toList();

    assertFiltered(
        List.of(seq.get(2), seq.get(1), seq.get(0)),
        new AuditFilter("  AUDITEE_" + suffix + " ", null, null, null, null),
        "actor contains, whatever the case, _ taken literally");
    assertFiltered(
        List.of(seq.get(4)),
        new AuditFilter("auditee%" + suffix, null, null, null, null),
        "% taken literally");
    assertFiltered(
        List.of(seq.get(4), seq.get(3), seq.get(1), seq.get(0)),
        new AuditFilter(null, "Export-" + suffix, null, null, null),
        "action contains, whatever the case");
    assertFiltered(
        List.of(seq.get(0)),
        new AuditFilter(alice, export, Outcome.SUCCESS, null, null),
        "every part narrows");
    assertFiltered(
        List.of(seq.get(1)),
        new AuditFilter(null, suffix, Outcome.FAILURE, null, null),
        "by outcome");

    // the times as stored, read back: from included, until excluded
    List<AuditEvent> stored =
        auditor.newest(new AuditFilter(null, suffix, null, null, null), 0, 10);
    assertEquals(5, stored.size(), stored.toString());
    Collections.reverse(stored);
    for (int i = 1; i < stored.size(); i++) {
      assertTrue(
          stored.get(i).occurredAt().isAfter(stored.get(i - 1).occurredAt()),
          "each event later than the one before: " + stored);
    }
    assertFiltered(
        List.of(seq.get(3), seq.get(2)),
        new AuditFilter(null, suffix, null, stored.get(2).occurredAt(), stored.get(4).occurredAt()),
        "from included, until excluded");

    // page by page, newest first
    AuditFilter exports = new AuditFilter(null, export, null, null, null);
    assertEquals(
        List.of(seq.get(3), seq.get(1)), sequences(auditor.newest(exports, 1, 2)), "page 2 of 2");
    assertEquals(List.of(seq.get(0)), sequences(auditor.newest(exports, 3, 2)), "the last page");
    assertEquals(List.of(), sequences(auditor.newest(exports, 4, 2)), "past the end");
    assertEquals(0, auditor.count(new AuditFilter("nobody-" + suffix, null, null, null, null)));
    assertTrue(auditor.count(AuditFilter.NONE) >= seq.get(4), "the whole trail");
  }

  /**
   * Records an event once the clock has moved past the last one's time, so that the time-range
   * filter has distinct times to tell apart (two events can fall in the same clock tick).
   */
  private static AuditEvent later(List<AuditEvent> before, Supplier<AuditEvent> record) {
    Instant last = before.get(before.size() - 1).occurredAt();
    while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(last)) {
      Thread.onSpinWait();
    }
    return record.get();
  }

  private void assertFiltered(List<Long> expected, AuditFilter filter, String why) {
    assertEquals(expected, sequences(auditor.newest(filter, 0, 50)), why + ": " + filter);
    assertEquals(expected.size(), auditor.count(filter), "count, " + why + ": " + filter);
  }

  private static List<Long> sequences(List<AuditEvent> events) {
    return events.stream().map(AuditEvent::sequenceNumber).toList();
  }

  private static List<Long> zeros() {
    return new ArrayList<>(Collections.nCopies(24, 0L));
  }

  /** The class's count per month of the outlook; zeros when it has nothing due in it. */
  private static List<Long> dueOf(DueOutlook outlook, String code) {
    return outlook.classes().stream()
        .filter(c -> c.code().equals(code))
        .findFirst()
        .map(DueOutlook.ClassDue::due)
        .orElse(zeros());
  }

  private static void assertMonthsUpTo(YearMonth last, List<DestructionMonth> months) {
    assertEquals(24, months.size());
    assertEquals(last.minusMonths(23), months.get(0).month(), "two years back");
    assertEquals(last, months.get(23).month(), "up to this month");
  }

  private JobRun waitForEnd(long execution) throws InterruptedException {
    return JobExecutions.waitForEnd(legal::execution, execution);
  }
}

package org.sigilo.retention.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sigilo.crypto.control.KeyVault;
import org.sigilo.retention.entity.Disposition;
import org.sigilo.retention.entity.RetentionSchedule;

class RetentionRuleTest {

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  private static LocalDate due(String period, String from) {
    return RetentionRule.of(period, null).dueFrom(date(from));
  }

  private static IllegalArgumentException refused(String period) {
    return assertThrows(IllegalArgumentException.class, () -> RetentionRule.of(period, null));
  }

  private static void assertMentions(String fragment, Exception failure) {
    assertNotNull(failure.getMessage());
    assertTrue(failure.getMessage().contains(fragment), failure.getMessage());
  }

  // --- parsing ---------------------------------------------------------------------------------

  @Test
  void yearsAreCountedAsTwelveMonths() {
    RetentionRule rule = RetentionRule.of("P7Y", null);
    assertEquals("P7Y", rule.period());
    assertEquals(84, rule.months());
    assertEquals(0, rule.days());
    assertNull(rule.triggerEvent());
    assertFalse(rule.waitsForEvent());
  }

  @Test
  void yearsAndMonthsAddUp() {
    RetentionRule rule = RetentionRule.of("P1Y6M", null);
    assertEquals(18, rule.months());
    assertEquals(0, rule.days());
  }

  @Test
  void monthsAboveTwelveAreKeptAsWritten() {
    RetentionRule rule = RetentionRule.of("P18M", null);
    assertEquals("P18M", rule.period());
    assertEquals(18, rule.months());
    assertEquals(0, rule.days());
  }

  @Test
  void daysStayDays() {
    RetentionRule rule = RetentionRule.of("P90D", null);
    assertEquals(0, rule.months());
    assertEquals(90, rule.days());
  }

  @Test
  void weeksAreSevenDays() {
    RetentionRule rule = RetentionRule.of("P2W", null);
    assertEquals(0, rule.months());
    assertEquals(14, rule.days());
    assertEquals(date("2025-01-15"), rule.dueFrom(date("2025-01-01")));
  }

  @Test
  void lowerCaseAndSurroundingBlanksAreAcceptedAndNormalised() {
    RetentionRule rule = RetentionRule.of("  p7y ", null);
    assertEquals("P7Y", rule.period());
    assertEquals(84, rule.months());
  }

  @Test
  void aHundredYearsIsTheLongestPeriod() {
    assertEquals(1200, RetentionRule.of("P100Y", null).months());
    assertEquals(36600, RetentionRule.of("P36600D", null).days());
    assertMentions("longer than 100 years", refused("P100Y1M"));
    assertMentions("longer than 100 years", refused("P36601D"));
  }

  @Test
  void aMissingPeriodIsRefusedSayingWhatToWrite() {
    assertMentions("P7Y", refused(null));
    assertMentions("missing", refused(null));
    assertMentions("ISO-8601 period", refused(""));
    assertMentions("ISO-8601 period", refused("   "));
  }

  @Test
  void aTimeOfDayIsRefused() {
    IllegalArgumentException failure = refused("PT5H");
    assertMentions("'PT5H'", failure);
    assertMentions("time part", failure);
    assertMentions("P90D", failure);
    refused("P1DT1H");
  }

  @Test
  void aZeroPeriodIsRefused() {
    IllegalArgumentException failure = refused("P0D");
    assertMentions("longer than zero", failure);
    assertMentions("'P0D'", failure);
    refused("P0Y0M0D");
  }

  @Test
  void aNegativePeriodIsRefused() {
    IllegalArgumentException failure = refused("P-1Y");
    assertMentions("longer than zero", failure);
    assertMentions("'P-1Y'", failure);
    refused("P1M-1D");
  }

  @Test
  void proseIsRefusedWithAnExampleOfWhatToWrite() {
    IllegalArgumentException failure = refused("7 years");
    assertMentions("'7 years'", failure);
    assertMentions("not an ISO-8601 period", failure);
    assertMentions("P7Y", failure);
  }

  @Test
  void proseWithATInItIsNotMistakenForATimePart() {
    IllegalArgumentException failure = refused("7 months");
    assertMentions("not an ISO-8601 period", failure);
  }

  @Test
  void otherMalformedPeriodsAreRefused() {
    refused("P");
    refused("7Y");
    refused("P7");
    refused("P7X");
    refused("P99999999999Y");
  }

  @Test
  void absurdPeriodsAreRefused() {
    IllegalArgumentException failure = refused("P1000Y");
    assertMentions("'P1000Y'", failure);
    assertMentions("100 years", failure);
  }

  // --- trigger events --------------------------------------------------------------------------

  @Test
  void kebabCaseEventNamesAreAccepted() {
    RetentionRule rule = RetentionRule.of("P7Y", "account-closure");
    assertEquals("account-closure", rule.triggerEvent());
    assertTrue(rule.waitsForEvent());
    assertEquals("contract-end-2", RetentionRule.of("P1Y", "contract-end-2").triggerEvent());
    assertEquals("termination", RetentionRule.of("P1Y", "termination").triggerEvent());
  }

  @Test
  void aBlankEventMeansTheClockStartsAtTheCall() {
    assertNull(RetentionRule.of("P7Y", "").triggerEvent());
    assertNull(RetentionRule.of("P7Y", "   ").triggerEvent());
    assertFalse(RetentionRule.of("P7Y", "  ").waitsForEvent());
  }

  @Test
  void anEventNameIsTrimmed() {
    assertEquals("account-closure", RetentionRule.of("P7Y", " account-closure ").triggerEvent());
  }

  @Test
  void eventNamesThatAreNotKebabCaseAreRefusedSayingWhatToWrite() {
    for (String bad :
        new String[] {
          "Account-Closure",
          "account_closure",
          "account closure",
          "-account",
          "account-",
          "account--closure",
          "1st-event",
          "accountClosure"
        }) {
      IllegalArgumentException failure =
          assertThrows(
              IllegalArgumentException.class, () -> RetentionRule.of("P7Y", bad), "'" + bad + "'");
      assertMentions("lower-case words joined by hyphens", failure);
      assertMentions("'" + bad + "'", failure);
    }
  }

  @Test
  void theRecordConstructorAlsoChecksTheEventName() {
    assertThrows(
        IllegalArgumentException.class, () -> new RetentionRule("P7Y", 84, 0, "Account Closure"));
    assertThrows(NullPointerException.class, () -> new RetentionRule(null, 84, 0, null));
  }

  // --- due dates -------------------------------------------------------------------------------

  @Test
  void aLeapDayPlusOneYearFallsOnTheLastDayOfFebruary() {
    assertEquals(date("2025-02-28"), due("P1Y", "2024-02-29"));
  }

  @Test
  void aLeapDayPlusFourYearsFallsOnTheNextLeapDay() {
    assertEquals(date("2028-02-29"), due("P4Y", "2024-02-29"));
  }

  @Test
  void aMonthFromTheThirtyFirstOfJanuaryIsTheEndOfFebruary() {
    assertEquals(date("2025-02-28"), due("P1M", "2025-01-31"));
    assertEquals(date("2024-02-29"), due("P1M", "2024-01-31"));
  }

  @Test
  void aMonthFromTheThirtyFirstIntoAThirtyDayMonthIsTheThirtieth() {
    assertEquals(date("2025-04-30"), due("P1M", "2025-03-31"));
  }

  @Test
  void yearsAndMonthsAreAddedTogetherThenClamped() {
    // 2023-08-31 + 18 months = 2025-02-31, which does not exist: the end of February 2025.
    assertEquals(date("2025-02-28"), due("P1Y6M", "2023-08-31"));
  }

  @Test
  void monthsComeFirstThenDays() {
    // 2025-01-31 + 1 month = 2025-02-28, + 1 day = 2025-03-01 (days first would give 2025-03-01
    // + 1 month = 2025-04-01).
    assertEquals(date("2025-03-01"), due("P1M1D", "2025-01-31"));
    // 2024-01-31 + 1 month = 2024-02-29 (leap year), + 1 day = 2024-03-01.
    assertEquals(date("2024-03-01"), due("P1M1D", "2024-01-31"));
  }

  @Test
  void daysCrossMonthAndYearEnds() {
    assertEquals(date("2025-03-31"), due("P90D", "2024-12-31"));
    assertEquals(date("2024-03-01"), due("P1D", "2024-02-29"));
    assertEquals(date("2025-01-01"), due("P1D", "2024-12-31"));
  }

  @Test
  void sevenYearsFromAnOrdinaryDateKeepsTheDayOfMonth() {
    assertEquals(date("2033-05-09"), due("P7Y", "2026-05-09"));
  }

  @Test
  void withoutATriggerEventTheCallDateCountsAndAnEventDateIsIgnored() {
    RetentionRule rule = RetentionRule.of("P1Y", null);
    assertEquals(
        Optional.of(date("2026-03-15")), rule.dueDate(date("2025-03-15"), date("2030-01-01")));
    assertEquals(Optional.of(date("2026-03-15")), rule.dueDate(date("2025-03-15"), null));
    assertEquals(Optional.of(date("2025-03-15")), rule.triggerDate(date("2025-03-15"), null));
  }

  @Test
  void aTriggerEventWithoutItsDateLeavesTheDueDateOpen() {
    RetentionRule rule = RetentionRule.of("P7Y", "account-closure");
    assertEquals(Optional.empty(), rule.dueDate(date("2025-03-15"), null));
    assertEquals(Optional.empty(), rule.triggerDate(date("2025-03-15"), null));
  }

  @Test
  void aTriggerEventCountsFromTheEventDateNotTheCallDate() {
    RetentionRule rule = RetentionRule.of("P7Y", "account-closure");
    assertEquals(
        Optional.of(date("2033-06-30")), rule.dueDate(date("2020-01-10"), date("2026-06-30")));
    assertEquals(
        Optional.of(date("2026-06-30")), rule.triggerDate(date("2020-01-10"), date("2026-06-30")));
  }

  @Test
  void anEventOnALeapDayIsClampedLikeACall() {
    RetentionRule rule = RetentionRule.of("P1Y", "contract-end");
    assertEquals(
        Optional.of(date("2025-02-28")), rule.dueDate(date("2023-01-01"), date("2024-02-29")));
  }

  @Test
  void aDueDateBeyondTheCalendarIsRefusedClearly() {
    RetentionRule rule = RetentionRule.of("P1D", null);
    IllegalArgumentException failure =
        assertThrows(IllegalArgumentException.class, () -> rule.dueFrom(LocalDate.MAX));
    assertMentions("No due date exists", failure);
  }

  // --- epochs ----------------------------------------------------------------------------------

  @Test
  void theEpochIsTheDueDatesCalendarMonth() {
    assertEquals("2033-05", KeyVault.epochOf(date("2033-05-09")));
    assertEquals("2025-12", KeyVault.epochOf(date("2025-12-31")));
    assertEquals("2026-01", KeyVault.epochOf(date("2026-01-01")));
    assertEquals("0999-01", KeyVault.epochOf(date("0999-01-15")));
  }

  @Test
  void theEpochOfAClampedDueDateIsFebruary() {
    LocalDate dueOn = due("P1M", "2025-01-31");
    assertEquals("2025-02", KeyVault.epochOf(dueOn));
  }

  // --- schedule versions -----------------------------------------------------------------------

  private static RetentionSchedule schedule(RetentionRule rule) {
    return new RetentionSchedule(
        "customer-calls",
        3,
        rule,
        Disposition.DESTROY,
        true,
        "Consumer Credit Act s.12",
        "alice",
        Instant.parse("2025-01-02T09:00:00Z"));
  }

  @Test
  void aScheduleGivesBackTheRuleItWasMadeWith() {
    RetentionRule rule = RetentionRule.of("p1y6m", "account-closure");
    RetentionRule back = schedule(rule).rule();
    assertEquals(rule, back);
    assertEquals("P1Y6M", back.period());
    assertEquals(18, back.months());
    assertEquals(0, back.days());
    assertEquals("account-closure", back.triggerEvent());
  }

  @Test
  void aScheduleWithoutTriggerKeepsDaysAndNoEvent() {
    RetentionRule back = schedule(RetentionRule.of("P1M1D", null)).rule();
    assertEquals("P1M1D", back.period());
    assertEquals(1, back.months());
    assertEquals(1, back.days());
    assertNull(back.triggerEvent());
    assertFalse(back.waitsForEvent());
    assertEquals(date("2025-03-01"), back.dueFrom(date("2025-01-31")));
  }

  @Test
  void aScheduleKeepsWhatItWasGiven() {
    RetentionSchedule version = schedule(RetentionRule.of("P7Y", null));
    assertEquals("customer-calls", version.recordClass());
    assertEquals(3, version.version());
    assertSame(Disposition.DESTROY, version.disposition());
    assertTrue(version.twoPersonRule());
    assertEquals("Consumer Credit Act s.12", version.authority());
    assertEquals("alice", version.createdBy());
    assertEquals(Instant.parse("2025-01-02T09:00:00Z"), version.createdAt());
    assertNull(version.supersededAt());
  }

  @Test
  void aVersionIsSupersededOnlyOnce() {
    RetentionSchedule version = schedule(RetentionRule.of("P7Y", null));
    Instant first = Instant.parse("2025-06-01T12:00:00Z");
    version.supersede(first);
    assertEquals(first, version.supersededAt());

    IllegalStateException failure =
        assertThrows(
            IllegalStateException.class,
            () -> version.supersede(Instant.parse("2025-07-01T12:00:00Z")));
    assertMentions("Version 3", failure);
    assertMentions("already superseded", failure);
    assertEquals(first, version.supersededAt(), "the first supersession stands");
  }

  @Test
  void aScheduleRefusesMissingFields() {
    RetentionRule rule = RetentionRule.of("P7Y", null);
    Instant at = Instant.parse("2025-01-02T09:00:00Z");
    assertThrows(
        NullPointerException.class,
        () -> new RetentionSchedule(null, 1, rule, Disposition.DESTROY, false, "law", "a", at));
    assertThrows(
        NullPointerException.class,
        () -> new RetentionSchedule("c", 1, rule, null, false, "law", "a", at));
    assertThrows(
        NullPointerException.class,
        () -> new RetentionSchedule("c", 1, rule, Disposition.REVIEW, false, null, "a", at));
    assertThrows(
        NullPointerException.class,
        () -> new RetentionSchedule("c", 1, rule, Disposition.REVIEW, false, "law", null, at));
    assertThrows(
        NullPointerException.class,
        () -> new RetentionSchedule("c", 1, rule, Disposition.REVIEW, false, "law", "a", null));
  }
}

package org.sigilo.retention.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The records manager's outlook: counts bucketed into 24 months, stacked by class. */
class DueOutlookTest {

  private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

  private static List<Long> zerosWith(int length, Map<Integer, Long> values) {
    Long[] list = Collections.nCopies(length, 0L).toArray(new Long[0]);
    values.forEach((index, value) -> list[index] = value);
    return List.of(list);
  }

  @Test
  void twentyFourMonthsFromTheCurrentOneAcrossTheYearEnd() {
    DueOutlook outlook = DueOutlook.of(NOVEMBER, 24, List.of(), Map.of(), 0);

    assertEquals(24, outlook.months().size());
    assertEquals(NOVEMBER, outlook.months().get(0));
    assertEquals(YearMonth.of(2027, 1), outlook.months().get(2));
    assertEquals(YearMonth.of(2028, 10), outlook.months().get(23));
    assertEquals(List.of(), outlook.classes());
    assertEquals(zerosWith(24, Map.of()), outlook.held());
    assertEquals(zerosWith(24, Map.of()), outlook.totals());
    assertTrue(outlook.isEmpty());
    assertNull(outlook.busiestMonth());
  }

  @Test
  void eachClassIsOneStackWithZeroInTheMonthsWithNothingDue() {
    DueOutlook outlook =
        DueOutlook.of(
            NOVEMBER,
            24,
            List.of(
                new DueCount(YearMonth.of(2027, 1), "complaint", 3, 1),
                new DueCount(NOVEMBER, "financial-advice", 2, 0),
                new DueCount(YearMonth.of(2027, 1), "financial-advice", 5, 2),
                new DueCount(YearMonth.of(2028, 10), "complaint", 1, 0)),
            Map.of("complaint", "Complaint", "financial-advice", "Financial advice"),
            4);

    assertEquals(
        List.of("complaint", "financial-advice"),
        outlook.classes().stream().map(DueOutlook.ClassDue::code).toList());
    DueOutlook.ClassDue complaint = outlook.classes().get(0);
    assertEquals("Complaint", complaint.name());
    assertEquals(zerosWith(24, Map.of(2, 3L, 23, 1L)), complaint.due());
    assertEquals(zerosWith(24, Map.of(0, 2L, 2, 5L)), outlook.classes().get(1).due());
    assertEquals(zerosWith(24, Map.of(0, 2L, 2, 8L, 23, 1L)), outlook.totals());
    assertEquals(zerosWith(24, Map.of(2, 3L)), outlook.held());
    assertEquals(11, outlook.total());
    assertEquals(3, outlook.totalHeld());
    assertEquals(4, outlook.holdsInForce());
    assertEquals(YearMonth.of(2027, 1), outlook.busiestMonth());
  }

  @Test
  void countsOutsideTheMonthsAreLeftOutAndRepeatedOnesAddUp() {
    DueOutlook outlook =
        DueOutlook.of(
            NOVEMBER,
            24,
            List.of(
                new DueCount(NOVEMBER.minusMonths(1), "overdue", 7, 7),
                new DueCount(NOVEMBER.plusMonths(24), "complaint", 9, 0),
                new DueCount(NOVEMBER.plusMonths(5), "complaint", 1, 0),
                new DueCount(NOVEMBER.plusMonths(5), "complaint", 2, 1)),
            Map.of(),
            0);

    assertEquals(1, outlook.classes().size(), "a class with nothing in the months is no stack");
    DueOutlook.ClassDue complaint = outlook.classes().get(0);
    assertEquals("complaint", complaint.name(), "named by its code when it has no name");
    assertEquals(zerosWith(24, Map.of(5, 3L)), complaint.due());
    assertEquals(3, outlook.total());
    assertEquals(1, outlook.totalHeld());
  }

  @Test
  void classesAreOrderedByName() {
    DueOutlook outlook =
        DueOutlook.of(
            NOVEMBER,
            24,
            List.of(new DueCount(NOVEMBER, "b-code", 1, 0), new DueCount(NOVEMBER, "a-code", 1, 0)),
            Map.of("a-code", "Zeta", "b-code", "alpha"),
            0);

    assertEquals(
        List.of("alpha", "Zeta"),
        outlook.classes().stream().map(DueOutlook.ClassDue::name).toList());
  }

  @Test
  void anOutlookHasAtLeastOneMonth() {
    assertThrows(
        IllegalArgumentException.class, () -> DueOutlook.of(NOVEMBER, 0, List.of(), Map.of(), 0));
  }
}

package org.sigilo.jobs.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ScheduleExpression;
import org.junit.jupiter.api.Test;

/** The nightly sweep's schedule as configured: a time of day in UTC, or off. */
class NightlyJobsTest {

  @Test
  void aTimeOfDayBecomesADailyTimerInUtc() {
    ScheduleExpression at =
        NightlyJobs.nightly("sigilo.retention-sweep.at", " 02:30 ").orElseThrow();
    assertEquals("2", at.getHour());
    assertEquals("30", at.getMinute());
    assertEquals("*", at.getDayOfMonth());
    assertEquals("*", at.getDayOfWeek());
    assertEquals("0", at.getSecond());
    assertEquals("UTC", at.getTimezone());
    assertEquals(
        "23", NightlyJobs.nightly("sigilo.retention-sweep.at", "23:59").orElseThrow().getHour());
    assertEquals(
        "7", NightlyJobs.nightly("sigilo.retention-sweep.at", "7:05").orElseThrow().getHour());
  }

  @Test
  void offMeansNoTimer() {
    assertTrue(NightlyJobs.nightly("sigilo.retention-sweep.at", "off").isEmpty());
    assertTrue(NightlyJobs.nightly("sigilo.retention-sweep.at", "OFF").isEmpty());
  }

  @Test
  void anythingElseStopsTheDeploymentSayingWhatToWrite() {
    for (String wrong : new String[] {"24:00", "2am", "02:60", "", "nightly"}) {
      IllegalStateException failure =
          assertThrows(
              IllegalStateException.class,
              () -> NightlyJobs.nightly("sigilo.retention-sweep.at", wrong),
              wrong);
      assertTrue(failure.getMessage().contains("such as 02:00, or off"), failure.getMessage());
    }
  }
}

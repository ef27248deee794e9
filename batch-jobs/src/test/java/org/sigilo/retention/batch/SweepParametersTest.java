package org.sigilo.retention.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SweepParametersTest {

  private static final LocalDate PAST = LocalDate.of(2020, 1, 31);

  private static IllegalArgumentException refused(
      String partitions, String threads, String chunkSize, String dueOnOrBefore) {
    return assertThrows(
        IllegalArgumentException.class,
        () -> SweepParameters.parse(partitions, threads, chunkSize, dueOnOrBefore));
  }

  private static void assertMentions(String fragment, Exception failure) {
    assertNotNull(failure.getMessage());
    assertTrue(failure.getMessage().contains(fragment), failure.getMessage());
  }

  private static void assertTodayUtc(LocalDate before, LocalDate actual, LocalDate after) {
    assertTrue(
        actual.equals(before) || actual.equals(after),
        actual + " is neither " + before + " nor " + after);
  }

  // --- defaults --------------------------------------------------------------------------------

  @Test
  void theDefaultsFollowTheCoresAndStayWithinBounds() {
    int cores = Runtime.getRuntime().availableProcessors();
    assertEquals(Math.min(64, 2 * cores), SweepParameters.defaultPartitions());
    assertEquals(Math.min(64, cores), SweepParameters.defaultThreads());
    assertTrue(SweepParameters.defaultThreads() <= SweepParameters.defaultPartitions());
  }

  @Test
  void blanksTakeTheDefaults() {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    SweepParameters parameters = SweepParameters.parse(null, "", "   ", null);
    LocalDate after = LocalDate.now(ZoneOffset.UTC);

    assertEquals(SweepParameters.defaultPartitions(), parameters.partitions());
    assertEquals(SweepParameters.defaultThreads(), parameters.threads());
    assertEquals(10_000, parameters.chunkSize());
    assertTodayUtc(before, parameters.dueOnOrBefore(), after);
  }

  @Test
  void aBlankCutOffIsTodayInUtc() {
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    LocalDate cutOff = SweepParameters.cutOff("  ");
    LocalDate after = LocalDate.now(ZoneOffset.UTC);
    assertTodayUtc(before, cutOff, after);
  }

  @Test
  void theDefaultThreadsNeverExceedTheChosenPartitions() {
    SweepParameters parameters = SweepParameters.parse("1", null, null, PAST.toString());
    assertEquals(1, parameters.partitions());
    assertEquals(1, parameters.threads());
  }

  // --- explicit values and bounds --------------------------------------------------------------

  @Test
  void explicitValuesAreTakenTrimmed() {
    SweepParameters parameters = SweepParameters.parse(" 8 ", "4", " 250", " 2020-01-31 ");
    assertEquals(new SweepParameters(8, 4, 250, PAST), parameters);
  }

  @Test
  void partitionsRunFromOneToSixtyFour() {
    assertEquals(1, SweepParameters.parse("1", "1", null, null).partitions());
    assertEquals(64, SweepParameters.parse("64", null, null, null).partitions());

    IllegalArgumentException zero = refused("0", null, null, null);
    assertMentions("partitions", zero);
    assertMentions("from 1 to 64", zero);
    assertMentions("'0'", zero);
    assertMentions("'65'", refused("65", null, null, null));
    assertMentions("partitions", refused("-3", null, null, null));
  }

  @Test
  void threadsRunFromOneToThePartitions() {
    assertEquals(4, SweepParameters.parse("4", "4", null, null).threads());
    assertEquals(1, SweepParameters.parse("4", "1", null, null).threads());

    IllegalArgumentException tooMany = refused("4", "5", null, null);
    assertMentions("threads", tooMany);
    assertMentions("from 1 to 4", tooMany);
    assertMentions("'5'", tooMany);

    IllegalArgumentException none = refused("4", "0", null, null);
    assertMentions("threads", none);
    assertMentions("'0'", none);
  }

  @Test
  void chunksHoldTenToAHundredThousandRecords() {
    assertEquals(10, SweepParameters.parse("2", "1", "10", null).chunkSize());
    assertEquals(100_000, SweepParameters.parse("2", "1", "100000", null).chunkSize());

    IllegalArgumentException small = refused("2", "1", "9", null);
    assertMentions("chunkSize", small);
    assertMentions("from 10 to 100000", small);
    assertMentions("'9'", small);
    assertMentions("chunkSize", refused("2", "1", "100001", null));
  }

  @Test
  void nonNumbersAreRefusedNamingTheParameter() {
    IllegalArgumentException partitions = refused("eight", null, null, null);
    assertMentions("partitions is a whole number", partitions);
    assertMentions("'eight'", partitions);

    assertMentions("threads is a whole number", refused("8", "1.5", null, null));
    assertMentions("chunkSize is a whole number", refused("8", "2", "1e3", null));
    assertMentions("chunkSize is a whole number", refused("8", "2", "99999999999", null));
  }

  // --- cut-off date ----------------------------------------------------------------------------

  @Test
  void aPastCutOffIsAccepted() {
    assertEquals(PAST, SweepParameters.cutOff("2020-01-31"));
    assertEquals(PAST, SweepParameters.parse("2", "1", null, "2020-01-31").dueOnOrBefore());
  }

  @Test
  void todayIsAcceptedAsACutOff() {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    // Evaluated a moment later: around midnight UTC "today" may already be yesterday, still valid.
    assertEquals(today, SweepParameters.cutOff(today.toString()));
  }

  @Test
  void aFutureCutOffIsRefused() {
    // Two days ahead, so that passing midnight UTC during the test cannot make it today.
    LocalDate later = LocalDate.now(ZoneOffset.UTC).plusDays(2);
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class, () -> SweepParameters.cutOff(later.toString()));
    assertMentions("dueOnOrBefore " + later, failure);
    assertMentions("in the future", failure);

    assertMentions("in the future", refused("2", "1", null, "2199-12-31"));
  }

  @Test
  void aCutOffThatIsNotADateIsRefusedSayingTheFormat() {
    for (String bad : new String[] {"31/01/2020", "2020-02-30", "yesterday", "2020-1-31"}) {
      IllegalArgumentException failure =
          assertThrows(IllegalArgumentException.class, () -> SweepParameters.cutOff(bad), bad);
      assertMentions("dueOnOrBefore", failure);
      assertMentions("YYYY-MM-DD", failure);
      assertMentions("'" + bad + "'", failure);
    }
  }

  // --- job parameters --------------------------------------------------------------------------

  @Test
  void jobParametersHoldEveryValueExplicitly() {
    Properties parameters = new SweepParameters(8, 4, 250, PAST).toJobParameters("alice");
    assertEquals(
        Set.of("partitions", "threads", "chunkSize", "dueOnOrBefore", "requestedBy"),
        parameters.stringPropertyNames());
    assertEquals("8", parameters.getProperty("partitions"));
    assertEquals("4", parameters.getProperty("threads"));
    assertEquals("250", parameters.getProperty("chunkSize"));
    assertEquals("2020-01-31", parameters.getProperty("dueOnOrBefore"));
    assertEquals("alice", parameters.getProperty("requestedBy"));
  }

  @Test
  void defaultsAreWrittenOutSoARestartUsesTheSameValues() {
    SweepParameters chosen = SweepParameters.parse(null, null, null, null);
    Properties parameters = chosen.toJobParameters("scheduler");
    for (String name : new String[] {"partitions", "threads", "chunkSize", "dueOnOrBefore"}) {
      String value = parameters.getProperty(name);
      assertNotNull(value, name);
      assertTrue(!value.isBlank(), name);
    }
    SweepParameters restarted =
        SweepParameters.parse(
            parameters.getProperty("partitions"),
            parameters.getProperty("threads"),
            parameters.getProperty("chunkSize"),
            parameters.getProperty("dueOnOrBefore"));
    assertEquals(chosen, restarted);
  }
}

package org.sigilo.jobs.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureExplanationTest {

  private static final Instant AT = Instant.parse("2026-12-07T18:46:12Z");

  @Test
  void aDatabaseErrorWhileTheDatabaseIsDownIsAnOutageToWaitOut() {
    RuntimeException failure =
        new IllegalStateException(
            "JBERET000622: Failed to obtain connection",
            new SQLException("IJ000453: Unable to get managed connection for SigiloDS"));
    assertEquals(
        "The database could not be reached on 2026-12-07 at 18:46 UTC (step list-due-records):"
            + " restart the job once it is back.",
        FailureExplanation.of(failure, "list-due-records", AT, false));
  }

  @Test
  void aDatabaseErrorWhileTheDatabaseAnswersIsAFailedStatement() {
    RuntimeException failure =
        new EJBException(new SQLException("ERROR: duplicate key value violates unique constraint"));
    assertEquals(
        "A database statement failed on 2026-12-07 at 18:46 UTC (step destroy-records): ERROR:"
            + " duplicate key value violates unique constraint. Restart the job; if it fails"
            + " again, the server log has the details.",
        FailureExplanation.of(failure, "destroy-records", AT, true));
  }

  @Test
  void aFullVolumeSaysToFreeSpace() {
    RuntimeException failure =
        new UncheckedIOException(
            "Could not store the file", new IOException("No space left on device"));
    assertEquals(
        "The archive volume was full on 2026-12-07 at 18:46 UTC (step create-calls): free space"
            + " on it, then restart the job.",
        FailureExplanation.of(failure, "create-calls", AT, true));
  }

  @Test
  void anyOtherFailureSaysWhatItsInnermostCauseSays() {
    RuntimeException failure =
        new EJBException(
            new IllegalStateException(
                "Disposition list 2 was not closed: partition 3 (ids 33230 to 43302): 10073 of"
                    + " its 10073 records not read."));
    assertEquals(
        "Failed on 2026-12-07 at 18:46 UTC (step close-disposition-list): Disposition list 2 was"
            + " not closed: partition 3 (ids 33230 to 43302): 10073 of its 10073 records not"
            + " read.",
        FailureExplanation.of(failure, "close-disposition-list", AT, true));
  }

  @Test
  void aJobThatFailedWithoutAReasonWhileTheDatabaseIsDownBlamesTheDatabase() {
    assertEquals(
        "The database could not be reached on 2026-12-07 at 18:46 UTC: restart the job once it is"
            + " back.",
        FailureExplanation.of(null, null, AT, false));
    assertTrue(
        FailureExplanation.of(null, null, AT, true).contains("the server log has the details"));
  }

  @Test
  void theRepositoryKeepsTheWholeExplanation() {
    String explanation =
        FailureExplanation.of(new IllegalStateException("x".repeat(2000)), "s", AT, true);
    assertEquals(FailureExplanation.MAX_LENGTH, explanation.length());
    assertTrue(explanation.endsWith("\u2026"));
  }
}

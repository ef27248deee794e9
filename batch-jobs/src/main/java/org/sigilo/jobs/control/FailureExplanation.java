package org.sigilo.jobs.control;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.sigilo.health.boundary.DatabaseFailure;

/**
 * Says why a job failed, in a sentence a records manager can act on, from the exception a step
 * ended with: the database could not be reached, the archive volume is full, or what the failure
 * itself says. The sentence becomes the execution's exit status, which the Jobs page and {@code GET
 * /api/jobs/{id}} show; the job repository keeps 512 characters of it.
 */
public final class FailureExplanation {

  /** The longest exit status the job repository keeps. */
  static final int MAX_LENGTH = 512;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm 'UTC'", Locale.ROOT)
          .withZone(ZoneOffset.UTC);

  private FailureExplanation() {}

  /**
   * Explains a failure of {@code step} at {@code at}. {@code databaseUp}: whether the database
   * answered when the failure was explained; a database error while it does not is an outage, not a
   * bad statement. {@code failure} may be null when the step failed without saying why.
   */
  public static String of(Throwable failure, String step, Instant at, boolean databaseUp) {
    String when = WHEN.format(at);
    String where = step == null ? "" : " (step " + step + ")";
    String sentence;
    if (noSpaceLeft(failure)) {
      sentence =
          "The archive volume was full on "
              + when
              + where
              + ": free space on it, then restart the job.";
    } else if (!databaseUp && (failure == null || DatabaseFailure.foundIn(failure))) {
      sentence =
          "The database could not be reached on "
              + when
              + where
              + ": restart the job once it is back.";
    } else if (failure == null) {
      sentence =
          "The job failed on "
              + when
              + where
              + " without saying why: the server log has the details; restart the job.";
    } else if (DatabaseFailure.foundIn(failure)) {
      sentence =
          "A database statement failed on "
              + when
              + where
              + ": "
              + rootMessage(failure)
              + ". Restart the job; if it fails again, the server log has the details.";
    } else {
      sentence = "Failed on " + when + where + ": " + rootMessage(failure);
    }
    return sentence.length() <= MAX_LENGTH
        ? sentence
        : sentence.substring(0, MAX_LENGTH - 1) + "\u2026";
  }

  /** "No space left on device" from the file system, anywhere in the causes. */
  static boolean noSpaceLeft(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException
          && String.valueOf(cause.getMessage()).contains("No space left on device")) {
        return true;
      }
    }
    return false;
  }

  /** The message of the innermost cause that has one, or the innermost cause's type. */
  static String rootMessage(Throwable failure) {
    String message = null;
    Throwable innermost = failure;
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      innermost = cause;
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        message = cause.getMessage();
      }
    }
    return message != null ? message.strip() : innermost.getClass().getSimpleName();
  }
}

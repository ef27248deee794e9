package org.sigilo.jobs.control;

import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;

/**
 * The one rule for a whole-number job parameter as a person or the scheduler gives it: blank takes
 * the default, anything else must be a whole number within its range, or the start is refused with
 * a sentence naming the parameter and what it accepts. Checked once, before a start; the job's
 * artifacts get the checked values typed (JBeret converts {@code @BatchProperty} fields), and a
 * restart reuses them.
 */
public final class JobParameter {

  private JobParameter() {}

  /** {@code value} as a whole number from min to max; blank gives {@code fallback}, if any. */
  public static int whole(String name, String value, Integer fallback, int min, int max) {
    if ((value == null || value.isBlank()) && fallback != null) {
      return fallback;
    }
    try {
      int parsed = Integer.parseInt(value == null ? "" : value.trim());
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidValueException(
        Message.of("problem.jobs.whole-from-to", name, min, max, value == null ? "" : value));
  }
}

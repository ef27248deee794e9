package org.sigilo.calls.batch;

import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;

/** The job's parameters, checked before it starts and again when its steps open. */
public final class LoadParameters {

  public static final int MAX_COUNT = 1_000_000;
  public static final int MAX_BATCH = 5_000;

  private LoadParameters() {}

  /** A whole number within [min, max], or an IllegalArgumentException saying what is wrong. */
  public static int whole(String name, String value, int min, int max) {
    try {
      int number = Integer.parseInt(value == null ? "" : value.trim());
      if (number < min || number > max) {
        throw new InvalidValueException(Message.of("problem.jobs.between", name, min, max, number));
      }
      return number;
    } catch (NumberFormatException e) {
      throw new InvalidValueException(
          Message.of("problem.jobs.whole-between", name, min, max, value));
    }
  }
}

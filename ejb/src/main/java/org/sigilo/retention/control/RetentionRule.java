package org.sigilo.retention.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;

/**
 * How long a record is kept and from when: an ISO-8601 period counted from the call date, or from
 * the date of a named event recorded on the call later (e.g. {@code account-closure}).
 *
 * <p>The arithmetic is the calendar's, whole months first and then days, as {@link Period} adds
 * them: a call on 29 Feb 2024 kept {@code P1Y} is due on 28 Feb 2025, one on 31 Jan kept {@code
 * P1M} is due on the last day of February. The retention sweep computes the same in SQL from {@link
 * #months()} and {@link #days()}; the in-server sweep tests hold the two to each other.
 */
public record RetentionRule(String period, int months, int days, String triggerEvent) {

  /** Event names are kebab-case words, like record class codes. */
  public static final Pattern EVENT_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /** Longer than any retention law asks for; guards against typing P1000Y for P100D. */
  static final int MAX_YEARS = 100;

  public RetentionRule {
    Objects.requireNonNull(period);
    if (triggerEvent != null
        && (!EVENT_NAME.matcher(triggerEvent).matches() || triggerEvent.length() > 64)) {
      throw new InvalidValueException(Message.of("problem.retention.event-name", triggerEvent));
    }
  }

  /**
   * Parses a period such as {@code P7Y}, {@code P18M}, {@code P90D} or {@code P1Y6M}; refuses times
   * of day, negative, zero and absurd periods with a sentence saying what to write instead.
   */
  public static RetentionRule of(String period, String triggerEvent) {
    if (period == null || period.isBlank()) {
      throw new InvalidValueException(Message.of("problem.retention.period-missing"));
    }
    String text = period.trim().toUpperCase(java.util.Locale.ROOT);
    if (text.matches("P[^T]*T.*")) {
      throw new InvalidValueException(Message.of("problem.retention.period-time", period));
    }
    Period parsed;
    try {
      if (text.length() > 32) {
        throw new DateTimeParseException("too long", text, 32);
      }
      parsed = Period.parse(text);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new InvalidValueException(Message.of("problem.retention.period-not-iso", period));
    }
    if (parsed.isNegative() || parsed.isZero()) {
      throw new InvalidValueException(Message.of("problem.retention.period-not-positive", period));
    }
    long months = parsed.toTotalMonths();
    if (months > MAX_YEARS * 12L || parsed.getDays() > MAX_YEARS * 366L) {
      throw new InvalidValueException(
          Message.of("problem.retention.period-too-long", period, MAX_YEARS));
    }
    String event = triggerEvent == null || triggerEvent.isBlank() ? null : triggerEvent.trim();
    return new RetentionRule(text, (int) months, parsed.getDays(), event);
  }

  /** Whether the clock starts at an event rather than at the call. */
  public boolean waitsForEvent() {
    return triggerEvent != null;
  }

  /** The date the clock starts: the call's date, or the event's once recorded. */
  public Optional<LocalDate> triggerDate(LocalDate callDate, LocalDate eventDate) {
    return Optional.ofNullable(waitsForEvent() ? eventDate : callDate);
  }

  /** The day the record falls due, or empty while its trigger event has not been recorded. */
  public Optional<LocalDate> dueDate(LocalDate callDate, LocalDate eventDate) {
    return triggerDate(callDate, eventDate).map(this::dueFrom);
  }

  /** The trigger date plus the period: months first (clamped to the month's end), then days. */
  public LocalDate dueFrom(LocalDate triggerDate) {
    try {
      return triggerDate.plusMonths(months).plusDays(days);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("No due date exists for " + triggerDate, e);
    }
  }

  /** The years a date in retention may name: calls, events, holds and cut-offs. */
  static final int FIRST_YEAR = 1900;

  static final int LAST_YEAR = 2200;

  /**
   * Reads a date written YYYY-MM-DD for the named field; refuses other forms and years outside 1900
   * to 2200 (which no database column takes alike) with a sentence saying what to write.
   */
  public static LocalDate date(String field, String value) {
    return readDate(field, value);
  }

  /** As {@link #date(String, String)}, for a field named in words (the event's date). */
  public static LocalDate date(Message field, String value) {
    return readDate(field, value);
  }

  /** The field is a request's name for it (occurredFrom), the same in every language, or words. */
  private static LocalDate readDate(Object field, String value) {
    LocalDate date;
    try {
      date = LocalDate.parse(value == null ? "" : value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(Message.of("problem.retention.date-format", field, value));
    }
    if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
      throw new InvalidValueException(
          Message.of("problem.retention.date-range", field, FIRST_YEAR, LAST_YEAR, value));
    }
    return date;
  }
}

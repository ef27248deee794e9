package org.sigilo.portal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sigilo.platform.i18n.Messages;

/**
 * Dates, times, numbers, sizes and periods as the reader's language writes them: {@code
 * #{formats.date(d)}}, {@code #{formats.dateTime(t)}}, {@code #{formats.number(n)}}, {@code
 * #{formats.period('P7Y')}}, {@code #{formats.bytes(n)}}. Times are shown in the server's zone,
 * which is named after them. Nothing (null) reads as a dash.
 */
@Named
@RequestScoped
public class Formats {

  public String date(LocalDate date) {
    return date == null
        ? none()
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
  }

  /** An instant (or an offset date-time) in the server's zone, with the zone named. */
  public String dateTime(Object time) {
    Instant instant;
    if (time == null) {
      return none();
    } else if (time instanceof Instant i) {
      instant = i;
    } else if (time instanceof OffsetDateTime o) {
      instant = o.toInstant();
    } else {
      throw new IllegalArgumentException("Not a point in time: " + time);
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(locale())
            .format(instant.atZone(ZoneId.systemDefault()))
        + " "
        + ZoneId.systemDefault().getDisplayName(TextStyle.SHORT, locale());
  }

  /** A whole number with the language's grouping: 12,345 or 12.345. */
  public String number(Number number) {
    return number == null ? none() : NumberFormat.getIntegerInstance(locale()).format(number);
  }

  /** A period written as ISO 8601 (P7Y, P6M, P1Y6M, P30D) in words; unreadable text as it is. */
  public String period(Object value) {
    if (value == null || value.toString().isBlank()) {
      return none();
    }
    Period period;
    if (value instanceof Period p) {
      period = p;
    } else {
      try {
        period = Period.parse(value.toString().strip());
      } catch (DateTimeParseException e) {
        return value.toString();
      }
    }
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(text("format.period.years", period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(text("format.period.months", period.getMonths()));
    }
    if (period.getDays() != 0) {
      parts.add(text("format.period.days", period.getDays()));
    }
    if (parts.isEmpty()) {
      return text("format.period.zero");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String last = parts.remove(parts.size() - 1);
    return String.join(", ", parts) + text("format.period.and") + last;
  }

  /** A size in bytes, KiB, MiB or GiB, whichever reads best. */
  public String bytes(Number bytes) {
    if (bytes == null) {
      return none();
    }
    double value = bytes.doubleValue();
    if (value < 1024) {
      return text("format.bytes", bytes.longValue());
    }
    if (value < 1024 * 1024) {
      return text("format.kib", value / 1024);
    }
    if (value < 1024.0 * 1024 * 1024) {
      return text("format.mib", value / (1024 * 1024));
    }
    return text("format.gib", value / (1024.0 * 1024 * 1024));
  }

  public String yesNo(Boolean value) {
    return value == null ? none() : text(value ? "format.yes" : "format.no");
  }

  /**
   * The label of a domain value, such as a call's direction: the key {@code prefix.VALUE} (for an
   * enum, its name). The bundle must have it; a missing one reads ???key??? and fails the bundle
   * test.
   */
  public String label(String prefix, Object value) {
    if (value == null) {
      return none();
    }
    String name = value instanceof Enum<?> e ? e.name() : value.toString();
    return text(prefix + "." + name);
  }

  /** The language to write in; null: the view's, read when a method is called. */
  private final Locale language;

  public Formats() {
    this(null);
  }

  /** Formats for one language, outside a page (tests). */
  Formats(Locale language) {
    this.language = language;
  }

  private Locale locale() {
    return language == null ? MessageBundle.viewLocale() : language;
  }

  private String text(String key, Object... arguments) {
    return Messages.text(locale(), key, arguments);
  }

  private String none() {
    return text("format.none");
  }
}

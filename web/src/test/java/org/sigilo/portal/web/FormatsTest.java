package org.sigilo.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sigilo.users.entity.Role;

/** Dates, numbers, sizes and periods as each language writes them. */
class FormatsTest {

  private final Formats english = new Formats(Locale.ENGLISH);
  private final Formats spanish = new Formats(Locale.forLanguageTag("es"));

  @Test
  void periodsReadAsWordsInEachLanguage() {
    assertEquals("7 years", english.period("P7Y"));
    assertEquals("7 años", spanish.period("P7Y"));
    assertEquals("1 year, 6 months and 1 day", english.period("P1Y6M1D"));
    assertEquals("1 año, 6 meses y 1 día", spanish.period(Period.of(1, 6, 1)));
    assertEquals("30 days", english.period("P30D"));
    assertEquals(
        "not a period", english.period("not a period"), "unreadable text is shown as it is");
    assertEquals("—", spanish.period(null));
  }

  @Test
  void numbersAndSizesUseTheLanguagesSeparators() {
    assertEquals("12,345", english.number(12345));
    assertEquals("12.345", spanish.number(12345));
    assertEquals("512 bytes", english.bytes(512));
    assertEquals("1.5 KiB", english.bytes(1536));
    assertEquals("1,5 KiB", spanish.bytes(1536));
    assertEquals("10.0 MiB", english.bytes(10L * 1024 * 1024));
  }

  @Test
  void datesAreWrittenTheLanguagesWay() {
    LocalDate date = LocalDate.of(2027, 3, 5);
    assertEquals("Mar 5, 2027", english.date(date));
    assertTrue(
        spanish.date(date).contains("mar") && spanish.date(date).startsWith("5"),
        spanish.date(date));
    String time = spanish.dateTime(Instant.parse("2027-03-05T10:15:00Z"));
    assertTrue(time.contains("2027"), time);
    assertThrows(IllegalArgumentException.class, () -> english.dateTime("yesterday"));
  }

  @Test
  void domainValuesReadFromTheBundle() {
    assertEquals("Records manager", english.label("role", Role.RECORDS_MANAGER));
    assertEquals("Gestor de registros", spanish.label("role", Role.RECORDS_MANAGER));
    assertEquals("Sí", spanish.yesNo(true));
    assertEquals("—", english.label("role", null));
  }
}

package org.sigilo.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sigilo.calls.boundary.CallNotFoundException;
import org.sigilo.calls.boundary.InvalidCallException;
import org.sigilo.retention.control.RetentionRule;
import org.sigilo.retention.entity.DispositionList;

class MessageTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  @Test
  void aRefusalReadsInEnglishByDefaultAndInSpanishWhenAsked() {
    CallNotFoundException refusal = new CallNotFoundException(123456);
    assertEquals("There is no call 123456 that you may see.", refusal.detail());
    assertEquals("There is no call 123456 that you may see.", refusal.getMessage());
    assertEquals("No hay ninguna llamada 123456 que usted pueda ver.", refusal.detail(SPANISH));
    assertEquals(refusal.detail(), refusal.detail(Locale.FRENCH), "a language Sigilo lacks");
    assertEquals(null, refusal.problems(SPANISH), "the detail says it all");
  }

  @Test
  void problemsReadInEveryLanguageAndTheEnglishOnesAreTheMessage() {
    InvalidCallException refusal =
        new InvalidCallException(
            List.of(
                Message.of("problem.calls.unknown-record-class", "mortgage", "a, b"),
                Message.of("problem.calls.documentation-missing")));
    assertEquals(
        List.of(
            "Unknown record class 'mortgage'. Choose one of: a, b.",
            "Send the call's documentation."),
        refusal.problems());
    assertEquals(
        List.of(
            "La clase de registro «mortgage» no existe. Elija una de estas: a, b.",
            "Envíe la documentación de la llamada."),
        refusal.problems(SPANISH));
    assertEquals(
        "No se ha guardado nada. Corrija lo siguiente y vuelva a enviarlo.",
        refusal.detail(SPANISH));
    assertEquals(String.join(" ", refusal.problems()), refusal.getMessage());
  }

  @Test
  void quotesAreWrittenOnceWhetherAPatternHasArgumentsOrNot() {
    // with arguments: '' in the pattern is one quote, and the quoted argument is still filled in
    assertEquals(
        "There is no record class 'x-y'.",
        Message.of("problem.retention.unknown-record-class", "x-y").english());
    assertEquals(
        "The event's date 2031-01-02 is in the future: record it once it happened.",
        Message.of("problem.call-events.future", java.time.LocalDate.of(2031, 1, 2)).english());
    // without: the pattern is the text
    assertEquals(
        "Give the file's name (1 to 255 characters, no control characters).",
        Message.of("problem.calls.file-name").english());
  }

  @Test
  void numbersThatNameThingsReadAsTypedInEveryLanguage() {
    Message message = Message.of("problem.calls.list-window", 10_000);
    assertTrue(message.english().startsWith("Only the newest 10000 matching"), message.english());
    assertTrue(message.in(SPANISH).contains(" 10000 "), message.in(SPANISH));
  }

  @Test
  void anArgumentThatIsAMessageIsPutIntoTheSameLanguage() {
    DispositionList list =
        new DispositionList(
            7L, java.time.LocalDate.of(1999, 12, 31), "rm", java.time.Instant.now());
    StateConflictException refused =
        assertThrows(StateConflictException.class, () -> list.approve("legal", null));
    assertEquals(
        "Disposition list null is sweeping: only a list that is submitted can approve.",
        refused.getMessage());
    assertEquals(
        "La lista de disposición null está en barrido: solo una lista que esté enviada puede"
            + " aprobarse.",
        refused.explanation().in(SPANISH));
  }

  @Test
  void aRuleBrokenDeepInAControlReachesTheBoundaryAsAMessage() {
    InvalidValueException refused =
        assertThrows(InvalidValueException.class, () -> RetentionRule.of("7 years", null));
    assertEquals(
        "'7 years' is not an ISO-8601 period: write for example P7Y, P18M, P90D or P1Y6M.",
        refused.getMessage());
    assertEquals(
        "«7 years» no es un periodo ISO-8601: escriba, por ejemplo, P7Y, P18M, P90D o P1Y6M.",
        refused.explanation().in(SPANISH));
    InvalidValueException date =
        assertThrows(
            InvalidValueException.class,
            () -> RetentionRule.date(Message.of("problem.call-events.date-field"), "tomorrow"));
    assertEquals("Give the event's date as a date YYYY-MM-DD, not 'tomorrow'.", date.getMessage());
    assertEquals(
        "Indique la fecha del evento como fecha AAAA-MM-DD, no «tomorrow».",
        date.explanation().in(SPANISH));
  }

  @Test
  void everyTextIsInEveryLanguageAndQuotedAsMessageFormatReadsIt() {
    Properties english = load("messages.properties");
    Properties spanish = load("messages_es.properties");
    Set<String> ours = new TreeSet<>();
    // every text, not only the boundaries': pages fill in arguments with the same MessageFormat
    ours.addAll(english.stringPropertyNames());
    Set<String> oursInSpanish = new TreeSet<>();
    oursInSpanish.addAll(spanish.stringPropertyNames());
    assertTrue(ours.size() > 800, "found " + ours.size());
    assertEquals(ours, oursInSpanish);
    List<String> wrong = new ArrayList<>();
    for (String key : ours) {
      for (Properties bundle : List.of(english, spanish)) {
        String pattern = bundle.getProperty(key);
        if (placeholders(pattern).isEmpty()) {
          // read as it is: a doubled quote would show doubled
          if (pattern.contains("''")) {
            wrong.add(key + ": '' in a pattern without arguments: " + pattern);
          }
        } else {
          // read by MessageFormat: a single quote would swallow what follows it
          if (pattern.replace("''", "").contains("'")) {
            wrong.add(key + ": a single ' in a pattern with arguments: " + pattern);
          }
          new MessageFormat(pattern); // parses
        }
      }
      if (!placeholders(english.getProperty(key)).equals(placeholders(spanish.getProperty(key)))) {
        wrong.add(key + ": the languages fill in different arguments");
      }
    }
    assertEquals(List.of(), wrong);
    assertFalse(Messages.text(SPANISH, "refusal.nothing-changed").startsWith("???"));
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    // the argument and its format type only: a choice's words differ from language to language
    Matcher m = Pattern.compile("\\{(\\d+)(?:,\\s*(\\w+))?").matcher(pattern);
    while (m.find()) {
      found.add(m.group(1) + (m.group(2) == null ? "" : "," + m.group(2)));
    }
    return found;
  }

  private static Properties load(String file) {
    Properties properties = new Properties();
    try (InputStream in =
        MessageTest.class.getResourceAsStream("/org/sigilo/platform/i18n/" + file)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}

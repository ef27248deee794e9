package org.sigilo.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sigilo.destruction.entity.RunStatus;
import org.sigilo.platform.i18n.Messages;
import org.sigilo.retention.entity.Decision;
import org.sigilo.retention.entity.Disposition;
import org.sigilo.retention.entity.ListStatus;
import org.sigilo.users.entity.Role;

/**
 * Every text a person reads comes from the bundle: the pages hold no words of their own, every key
 * they and the beans use is in every language's file, and every file has the same keys.
 */
class MessageBundleTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  private static final Path SOURCES = Path.of("src/main/java");

  /** Attributes whose value a person reads (or a screen reader says). */
  private static final Pattern READ_ATTRIBUTE =
      Pattern.compile(
          "\\s(value|label|title|placeholder|headerText|footerText|itemLabel|header|summary|"
              + "message|requiredMessage|converterMessage|validatorMessage|alt|aria-label|"
              + "emptyMessage|currentPageReportTemplate|ariaLabel|noSelectionLabel|"
              + "itemDescription|accesskey|chooseLabel|uploadLabel|cancelLabel|invalidSizeMessage|"
              + "invalidFileMessage|fileLimitMessage|dragDropSupport|yearRange|legend)"
              + "=\"([^\"]*)\"");

  private static final Pattern EL = Pattern.compile("#\\{[^}]*}");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern CODE_KEY =
      Pattern.compile("\\btext\\((?:[^,()\"]+(?:\\([^)]*\\))?,\\s*)?\"([A-Za-z][\\w.-]*)\"");

  @Test
  void pagesHoldNoWordsOfTheirOwn() throws IOException {
    List<String> literal = new ArrayList<>();
    for (Path page : pages()) {
      String source =
          Files.readString(page).replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<\\?.*?\\?>", "");
      Matcher attribute = READ_ATTRIBUTE.matcher(source);
      while (attribute.find()) {
        String outsideEl = EL.matcher(attribute.group(2)).replaceAll("");
        if (hasWords(outsideEl) && !attribute.group(1).equals("yearRange")) {
          literal.add(page + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
        }
      }
      String withoutTags = source.replaceAll("(?s)<[^>]*>", "\n");
      // expressions out before the text is cut into lines: a long one may be wrapped over lines
      String withoutEl = EL.matcher(withoutTags).replaceAll("");
      for (String text : withoutEl.split("\n")) {
        if (hasWords(text.replace("&nbsp;", " "))) {
          literal.add(page + ": text \"" + text.strip() + "\"");
        }
      }
    }
    assertTrue(
        literal.isEmpty(),
        "Words written into pages instead of the bundle:\n" + String.join("\n", literal));
  }

  @Test
  void everyKeyThePagesAndBeansUseIsInEveryLanguage() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path page : pages()) {
      collect(PAGE_KEY, Files.readString(page), used);
    }
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        collect(CODE_KEY, Files.readString(source), used);
      }
    }
    for (Role role : Role.values()) {
      used.add("role." + role.name());
      used.add("role." + role.name() + ".duties");
    }
    for (Locale language : Messages.languages()) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(keys(language));
      assertTrue(missing.isEmpty(), language + " lacks " + missing);
    }
  }

  @Test
  void everyLanguageHasTheSameKeysAsEnglish() {
    Set<String> english = keys(Locale.ENGLISH);
    assertTrue(Messages.languages().size() >= 2, "English and Spanish at least");
    for (Locale language : Messages.languages()) {
      Set<String> keys = keys(language);
      Set<String> missing = new TreeSet<>(english);
      missing.removeAll(keys);
      Set<String> extra = new TreeSet<>(keys);
      extra.removeAll(english);
      assertEquals(Set.of(), missing, language + " lacks keys English has");
      assertEquals(Set.of(), extra, language + " has keys English lacks");
    }
  }

  /** The retention pages label list states, decisions, dispositions and run states by key. */
  @Test
  void everyRetentionValueThePagesLabelHasItsKey() {
    Set<String> used = new TreeSet<>();
    for (ListStatus status : ListStatus.values()) {
      used.add("retention.list-state." + status.name());
    }
    for (Decision decision : Decision.values()) {
      used.add("retention.decision." + decision.name());
      used.add("disposition-list.empty." + decision.name());
    }
    used.add("disposition-list.empty.ALL");
    for (Disposition disposition : Disposition.values()) {
      used.add("retention.disposition." + disposition.name());
      used.add("schedules.form.disposition." + disposition.name());
    }
    for (RunStatus status : RunStatus.values()) {
      used.add("retention.run-state." + status.name());
    }
    for (String shown : List.of("IN_FORCE", "RELEASED")) {
      used.add("holds.empty." + shown);
      used.add("holds.show." + shown);
    }
    for (Locale language : Messages.languages()) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(keys(language));
      assertTrue(missing.isEmpty(), language + " lacks " + missing);
      for (String key : keys(language)) {
        if (key.matches("(retention|schedules|holds|disposition-lists?)\\..*")) {
          // a broken pattern ({0 without its brace, a bad choice) throws here rather than on a page
          new java.text.MessageFormat(Messages.bundle(language).getString(key), language)
              .format(new Object[] {1L, 2L, 3, "x"});
        }
      }
    }
  }

  @Test
  void spanishIsFoundAndNamedInSpanish() {
    assertEquals(
        List.of("en", "es"),
        Messages.languages().stream().map(Locale::toLanguageTag).limit(2).toList());
    assertEquals("Español", Messages.text(Locale.forLanguageTag("es"), "language.name"));
    assertEquals(
        Locale.forLanguageTag("es"), Messages.bestMatch(List.of(Locale.forLanguageTag("es-MX"))));
    assertEquals(Locale.ENGLISH, Messages.bestMatch(List.of(Locale.GERMAN)));
  }

  /**
   * The values the jobs, audit trail and system status pages label with {@code formats.label}, the
   * keys the beans use in calls split over lines, and the keys handed around as arguments: each has
   * its text in every language.
   */
  @Test
  void everyLabelledValueOfJobsAuditAndStatusHasItsKey() throws IOException {
    Set<String> used = new TreeSet<>();
    for (jakarta.batch.runtime.BatchStatus status : jakarta.batch.runtime.BatchStatus.values()) {
      used.add("jobs.status." + status.name());
    }
    for (String job :
        List.of(
            org.sigilo.jobs.boundary.Jobs.RETENTION_SWEEP,
            org.sigilo.jobs.boundary.Jobs.RECORDS_DESTRUCTION,
            org.sigilo.jobs.boundary.Jobs.LOAD_SYNTHETIC_CALLS)) {
      used.add("jobs.job." + job);
    }
    for (org.sigilo.audit.entity.Outcome outcome : org.sigilo.audit.entity.Outcome.values()) {
      used.add("audit-trail.outcome." + outcome.name());
    }
    used.add("system-status.state.UP");
    used.add("system-status.state.DOWN");
    used.add("certificates.search.from.invalid");
    used.add("certificates.search.to.invalid");
    Pattern acrossLines = Pattern.compile("\\btext\\(\\s*\"([A-Za-z][\\w.-]*)\"");
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        collect(acrossLines, Files.readString(source), used);
      }
    }
    for (Locale language : Messages.languages()) {
      Set<String> missing = new TreeSet<>(used);
      missing.removeAll(keys(language));
      assertEquals(Set.of(), missing, language + " lacks labels");
    }
  }

  /** A call's coded values, which pages label with {@code formats.label('call.x', value)}. */
  @Test
  void everyValueOfACallHasItsLabel() {
    Set<String> labels = new TreeSet<>();
    addLabels(labels, "call.direction", org.sigilo.calls.entity.Direction.values());
    addLabels(labels, "call.channel", org.sigilo.calls.entity.Channel.values());
    addLabels(
        labels, "call.verification-method", org.sigilo.calls.entity.VerificationMethod.values());
    addLabels(
        labels, "call.verification-outcome", org.sigilo.calls.entity.VerificationOutcome.values());
    addLabels(
        labels, "call.sensitive-category", org.sigilo.calls.entity.SensitiveCategory.values());
    addLabels(labels, "call.secure-channel", org.sigilo.calls.entity.SecureChannel.values());
    for (Locale language : Messages.languages()) {
      Set<String> missing = new TreeSet<>(labels);
      missing.removeAll(keys(language));
      assertEquals(Set.of(), missing, language + " lacks labels of a call's values");
    }
  }

  private static void addLabels(Set<String> into, String prefix, Enum<?>[] values) {
    for (Enum<?> value : values) {
      into.add(prefix + "." + value.name());
    }
  }

  /**
   * The keys the domain and the jobs name (refusals, problems, verification findings, certificate
   * texts, bean-validation templates such as {@code {problem.calls.summary}}): any string literal
   * whose first part is one of the bundle's prefixes must be a key of every language.
   */
  @Test
  void everyKeyTheDomainAndTheJobsNameIsInEveryLanguage() throws IOException {
    Set<String> english = keys(Locale.ENGLISH);
    Set<String> prefixes = new TreeSet<>();
    english.forEach(key -> prefixes.add(key.substring(0, key.indexOf('.') + 1)));
    Pattern literal = Pattern.compile("\"\\{?([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)}?\"");
    Set<String> named = new TreeSet<>();
    for (Path sources :
        List.of(Path.of("../ejb/src/main/java"), Path.of("../batch-jobs/src/main/java"))) {
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          Matcher matcher = literal.matcher(Files.readString(source));
          while (matcher.find()) {
            String key = matcher.group(1);
            if (prefixes.contains(key.substring(0, key.indexOf('.') + 1))) {
              named.add(key);
            }
          }
        }
      }
    }
    assertTrue(named.size() > 100, "the scan finds the domain's keys: " + named.size());
    for (Locale language : Messages.languages()) {
      Set<String> missing = new TreeSet<>(named);
      missing.removeAll(keys(language));
      assertEquals(Set.of(), missing, language + " lacks keys the domain names");
    }
  }

  /** The keys of one language's own file (not those it inherits from English). */
  private static Set<String> keys(Locale language) {
    String file =
        "/"
            + Messages.BUNDLE.replace('.', '/')
            + (language.equals(Messages.BASE) ? "" : "_" + language.getLanguage())
            + ".properties";
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(file)) {
      assertTrue(in != null, "no bundle file " + file);
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  /** Whether a text has words to translate; the product's name is the same in every language. */
  private static boolean hasWords(String text) {
    return text.replace("Sigilo", "").codePoints().anyMatch(Character::isLetter);
  }

  private static void collect(Pattern pattern, String source, Set<String> into) {
    Matcher matcher = pattern.matcher(source);
    while (matcher.find()) {
      into.add(matcher.group(1));
    }
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
    }
  }
}

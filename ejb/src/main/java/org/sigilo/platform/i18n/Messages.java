package org.sigilo.platform.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;

/**
 * Sigilo's message bundle: every text a person reads, by key, in each language that has a bundle
 * file. English is the base file, so a key missing from another language reads in English rather
 * than as a blank.
 */
public final class Messages {

  /** The bundle's base name, also the portal's {@code msg} resource bundle in faces-config.xml. */
  public static final String BUNDLE = "org.sigilo.platform.i18n.messages";

  /** The language of the base file. */
  public static final Locale BASE = Locale.ENGLISH;

  /** The languages that have a bundle file, in the order of their names; found once. */
  private static final List<Locale> LANGUAGES = findLanguages();

  /**
   * Never fall back to the JVM's default locale: a language without a file reads the base file
   * (English), whatever the server's own locale is.
   */
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** The bundle for a language; the base (English) bundle for one Sigilo does not speak. */
  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        BUNDLE, locale == null ? BASE : locale, Messages.class.getClassLoader(), NO_DEFAULT_LOCALE);
  }

  /** The text for a key in a language, its {0}, {1}... filled with the arguments. */
  public static String text(Locale locale, String key, Object... arguments) {
    Locale language = locale == null ? BASE : locale;
    String pattern;
    try {
      pattern = bundle(language).getString(key);
    } catch (MissingResourceException e) {
      // a programming error, but the person should still read something they can report
      return "???" + key + "???";
    }
    if (arguments == null || arguments.length == 0) {
      return pattern;
    }
    return new MessageFormat(pattern, language).format(arguments);
  }

  /** Whether the bundle has a text for this key. */
  public static boolean has(String key) {
    return bundle(BASE).containsKey(key);
  }

  /** Every language with a bundle file, English first, then by language code. */
  public static List<Locale> languages() {
    return LANGUAGES;
  }

  /** The supported language for a code such as "es" or "es-MX", or empty when there is none. */
  public static Optional<Locale> language(String code) {
    if (code == null || code.isBlank()) {
      return Optional.empty();
    }
    String wanted = Locale.forLanguageTag(code.strip()).getLanguage();
    return LANGUAGES.stream().filter(l -> l.getLanguage().equals(wanted)).findFirst();
  }

  /** The best supported language for a browser's Accept-Language list; English when none fits. */
  public static Locale bestMatch(List<Locale> preferred) {
    if (preferred != null) {
      for (Locale locale : preferred) {
        Optional<Locale> supported = language(locale.toLanguageTag());
        if (supported.isPresent()) {
          return supported.get();
        }
      }
    }
    return BASE;
  }

  private static List<Locale> findLanguages() {
    Map<String, Locale> found = new TreeMap<>();
    ResourceBundle.Control exact =
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    for (Locale available : Locale.getAvailableLocales()) {
      String language = available.getLanguage();
      if (language.isEmpty()
          || found.containsKey(language)
          || language.equals(BASE.getLanguage())) {
        continue;
      }
      Locale candidate = Locale.forLanguageTag(language);
      try {
        ResourceBundle bundle =
            ResourceBundle.getBundle(BUNDLE, candidate, Messages.class.getClassLoader(), exact);
        if (bundle.getLocale().getLanguage().equals(language)) {
          found.put(language, candidate);
        }
      } catch (MissingResourceException e) {
        // no file for this language
      }
    }
    Map<String, Locale> ordered = new LinkedHashMap<>();
    ordered.put(BASE.getLanguage(), BASE);
    ordered.putAll(found);
    return Collections.unmodifiableList(new ArrayList<>(ordered.values()));
  }
}

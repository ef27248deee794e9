package org.sigilo.users.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import me.gosimple.nbvcxz.scoring.Result;
import org.sigilo.platform.i18n.Message;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not one of the common
 * passwords nbvcxz knows (its list of leaked passwords), not built from the person's own names, and
 * hard enough to guess by nbvcxz's estimate (at least {@value #MIN_ENTROPY_BITS} bits). Length
 * alone is not enough: "aaaaaaaaaaaa" is twelve characters. A refused password comes with nbvcxz's
 * advice (its warning and suggestions, which it ships in English, Spanish and more) and ours.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  /** PBKDF2 takes any length; a bound keeps a huge body from costing the estimator minutes. */
  public static final int MAX_LENGTH = 256;

  static final double MIN_ENTROPY_BITS = 40;

  private static final String COMMON_PASSWORDS_WARNING = "feedback.dictionary.warning.passwords";

  /** nbvcxz's own texts, by key; the keys are what a refusal keeps until it is read. */
  private static final String FEEDBACK_BUNDLE = "feedback";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Letters and digits that cannot be mistaken for one another when read from a log. */
  private static final char[] ONE_TIME_ALPHABET =
      "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();

  /** Why a password was refused: our own sentences, and nbvcxz's advice as its keys. */
  public record Verdict(List<Message> problems, List<String> advice) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  /**
   * Checks {@code password} for the person with these names (none of which may be the password's
   * substance).
   */
  public Verdict check(String password, String... ownNames) {
    List<Message> problems = new ArrayList<>();
    if (password == null || password.length() < MIN_LENGTH) {
      problems.add(Message.of("problem.users.password-short", MIN_LENGTH));
      problems.add(Message.of("problem.users.password-advice"));
      return new Verdict(problems, List.of());
    }
    if (password.length() > MAX_LENGTH) {
      problems.add(Message.of("problem.users.password-long", MAX_LENGTH));
      return new Verdict(problems, List.of());
    }
    Result result = estimator(ownNames).estimate(password);
    if (result.isMinimumEntropyMet()) {
      return new Verdict(List.of(), List.of());
    }
    String warning = result.getFeedback().getWarningKey();
    if (warning != null && warning.startsWith(COMMON_PASSWORDS_WARNING)) {
      problems.add(Message.of("problem.users.password-common"));
    } else {
      problems.add(Message.of("problem.users.password-weak"));
    }
    problems.add(Message.of("problem.users.password-advice"));
    List<String> advice = new ArrayList<>();
    if (warning != null) {
      advice.add(warning);
    }
    advice.addAll(result.getFeedback().getSuggestionKeys());
    return new Verdict(problems, List.copyOf(advice));
  }

  /**
   * nbvcxz's advice in a language it has (English otherwise); a key it does not know is left out
   * rather than shown as a key.
   */
  public static List<String> advice(List<String> keys, Locale language) {
    if (keys == null || keys.isEmpty()) {
      return List.of();
    }
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            FEEDBACK_BUNDLE,
            language == null ? Locale.ENGLISH : language,
            Nbvcxz.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    List<String> texts = new ArrayList<>();
    for (String key : keys) {
      try {
        texts.add(bundle.getString(key));
      } catch (MissingResourceException unknown) {
        // a key of a newer nbvcxz than its bundle: our own advice still says what to do
      }
    }
    return texts;
  }

  /**
   * A password for one sign-in only (new accounts, resets, the bootstrap admin): 20 characters from
   * 54, about 115 bits, which the policy always accepts.
   */
  public String oneTimePassword() {
    char[] password = new char[20];
    for (int i = 0; i < password.length; i++) {
      password[i] = ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)];
    }
    return new String(password);
  }

  private static Nbvcxz estimator(String... ownNames) {
    List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
    List<String> names =
        Stream.of(ownNames == null ? new String[0] : ownNames)
            .filter(Objects::nonNull)
            .flatMap(name -> Stream.of(name.toLowerCase(Locale.ROOT).split("[\\s._@-]+")))
            .filter(part -> part.length() >= 3)
            .distinct()
            .toList();
    if (!names.isEmpty()) {
      // the person's own names count as guessed first, like the most common passwords
      DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("own-names");
      names.forEach(name -> own.addWord(name, 1));
      dictionaries.add(own.createDictionary());
    }
    return new Nbvcxz(
        new ConfigurationBuilder()
            .setDictionaries(dictionaries)
            .setMinimumEntropy(MIN_ENTROPY_BITS)
            .createConfiguration());
  }
}

package org.sigilo.certificates.control;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sigilo.platform.i18n.Messages;

/**
 * Words a certificate states: either Sigilo's own, by message key and arguments, printed in the
 * certificate's language; or words recorded elsewhere, printed as they are.
 *
 * <p>The embedded manifest is language-neutral: it states Sigilo's own words in English, whatever
 * language the pages are printed in, with numbers as plain digits, so that every certificate's
 * manifest reads the same way to a program.
 *
 * @param key the message key of Sigilo's words, or {@code null} for verbatim words
 * @param arguments the key's arguments ({@code {0}}, {@code {1}}...): numbers or strings
 * @param verbatim the words as they are, or {@code null} for a key
 */
public record CertificateText(String key, List<Object> arguments, String verbatim) {

  public CertificateText {
    if ((key == null) == (verbatim == null)) {
      throw new IllegalArgumentException("Certificate text is a message key or verbatim words");
    }
    arguments = List.copyOf(arguments);
  }

  /** Sigilo's own words: the message {@code key} with its arguments. */
  public static CertificateText of(String key, Object... arguments) {
    return new CertificateText(Objects.requireNonNull(key, "key"), List.of(arguments), null);
  }

  /** Words recorded elsewhere, printed as they are in every language. */
  public static CertificateText verbatim(String words) {
    return new CertificateText(null, List.of(), Objects.requireNonNull(words, "words"));
  }

  /** The words in {@code language}, numbers formatted for it. */
  public String in(Locale language) {
    return key == null ? verbatim : Messages.text(language, key, arguments.toArray());
  }

  /** The words as the manifest states them: English, numbers as plain digits. */
  public String neutral() {
    if (key == null) {
      return verbatim;
    }
    return Messages.text(
        Messages.BASE, key, arguments.stream().map(String::valueOf).toArray(Object[]::new));
  }
}

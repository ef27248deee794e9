package org.sigilo.platform.i18n;

import jakarta.validation.ConstraintViolation;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A text a person will read, kept as its bundle key and arguments until it is shown, so that the
 * same refusal or finding reads in whichever language the reader has. An argument that is itself a
 * message (a field's name, a list's state) is put into the same language. Numbers that name things
 * (ids, limits) are written {@code {0,number,#}} in the patterns, so they read as they are typed.
 */
public record Message(String key, List<Object> arguments) implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The generic problem for a constraint whose message is not one of the bundle's keys. */
  static final String UNKNOWN_CONSTRAINT = "problem.invalid-field";

  public Message {
    Objects.requireNonNull(key, "key");
    // arguments may be null (a value nobody gave), which List.copyOf would refuse
    arguments =
        arguments == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(arguments));
  }

  public static Message of(String key, Object... arguments) {
    return new Message(key, arguments == null ? List.of() : Arrays.asList(arguments));
  }

  /**
   * What a bean-validation constraint says: its message is a bundle key in braces ({@code
   * {problem.calls.summary}}), read from Sigilo's bundle rather than a second validation bundle.
   */
  public static Message of(ConstraintViolation<?> violation) {
    String template = violation.getMessageTemplate();
    if (template != null
        && template.startsWith("{")
        && template.endsWith("}")
        && Messages.has(template.substring(1, template.length() - 1))) {
      return of(template.substring(1, template.length() - 1));
    }
    return of(UNKNOWN_CONSTRAINT, violation.getPropertyPath().toString(), violation.getMessage());
  }

  /** The text in a language (English for one Sigilo does not speak). */
  public String in(Locale language) {
    if (arguments.isEmpty()) {
      return Messages.text(language, key);
    }
    Object[] values =
        arguments.stream().map(a -> a instanceof Message m ? m.in(language) : a).toArray();
    return Messages.text(language, key, values);
  }

  /** The text in English, the API's and the audit trail's language. */
  public String english() {
    return in(Messages.BASE);
  }

  /** Each message in a language, in order; null stays null. */
  public static List<String> in(Locale language, List<Message> messages) {
    return messages == null ? null : messages.stream().map(m -> m.in(language)).toList();
  }

  /** The English text, so that a message in a log or an exception reads as a sentence. */
  @Override
  public String toString() {
    return english();
  }
}

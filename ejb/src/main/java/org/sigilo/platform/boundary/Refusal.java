package org.sigilo.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.Messages;

/**
 * A boundary refusing a request in words the person who sent it can act on: the request breaks a
 * rule, or asks for something that is not there (or not theirs to see). Nothing was changed: an
 * application exception (inherited by every subclass), so it reaches the caller as it is and rolls
 * the transaction back. The API answers 400, 404, 409 or 403 with {@link #detail(Locale)} and
 * {@link #problems(Locale)} in the language the request asks for.
 *
 * <p>The texts are kept as {@link Message}s and put into words when read: {@link #detail()} and
 * {@link #problems()} are English (as {@link #getMessage()}, for logs and the audit trail), the
 * {@code Locale} variants in the reader's language.
 */
@ApplicationException(rollback = true)
public abstract class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request was refused. */
  public enum Kind {
    /** The request breaks a rule about what it says. */
    INVALID,
    /** What it names is not there, or not the caller's to see. */
    NOT_FOUND,
    /** It asks for something the current state does not allow (a list already approved). */
    CONFLICT,
    /** The caller's role allows the request in general, but a rule forbids it to this person. */
    FORBIDDEN
  }

  private final Kind kind;
  private final Message detail;
  private final List<Message> problems;

  protected Refusal(Kind kind, Message detail, List<Message> problems) {
    super(
        problems == null
            ? detail.english()
            : String.join(" ", Message.in(Messages.BASE, problems)));
    this.kind = kind;
    this.detail = detail;
    this.problems = problems == null ? null : List.copyOf(problems);
  }

  public Kind kind() {
    return kind;
  }

  /** Why the request was refused, in English. */
  public String detail() {
    return detail.english();
  }

  /** Why the request was refused, in a language (English for one Sigilo does not speak). */
  public String detail(Locale language) {
    return detail.in(language);
  }

  /** Every broken rule, one sentence each in English, or null when the detail says it all. */
  public List<String> problems() {
    return Message.in(Messages.BASE, problems);
  }

  /** Every broken rule in a language, or null when the detail says it all. */
  public List<String> problems(Locale language) {
    return Message.in(language, problems);
  }
}

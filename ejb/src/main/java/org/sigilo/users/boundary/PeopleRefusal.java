package org.sigilo.users.boundary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.Messages;
import org.sigilo.users.control.PasswordPolicy;

/**
 * Managing people refuses a request: what was wrong, naming the field, in words the person can act
 * on. Nothing changed. A refused password also carries the strength estimator's advice, kept as its
 * keys and put into the reader's language when read.
 */
public class PeopleRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  private final List<String> passwordAdvice;

  private PeopleRefusal(
      Kind kind, Message detail, List<Message> problems, List<String> passwordAdvice) {
    super(kind, detail, problems);
    this.passwordAdvice = List.copyOf(passwordAdvice);
  }

  public static PeopleRefusal invalid(List<Message> problems) {
    return invalid(problems, List.of());
  }

  public static PeopleRefusal invalid(List<Message> problems, List<String> passwordAdvice) {
    return new PeopleRefusal(
        Kind.INVALID, Message.of("refusal.nothing-changed"), problems, passwordAdvice);
  }

  public static PeopleRefusal invalid(Message problem) {
    return invalid(List.of(problem));
  }

  public static PeopleRefusal notFound(Message detail) {
    return new PeopleRefusal(Kind.NOT_FOUND, detail, null, List.of());
  }

  public static PeopleRefusal conflict(Message detail) {
    return new PeopleRefusal(Kind.CONFLICT, detail, null, List.of());
  }

  public static PeopleRefusal forbidden(Message detail) {
    return new PeopleRefusal(Kind.FORBIDDEN, detail, null, List.of());
  }

  @Override
  public List<String> problems() {
    return problems(Messages.BASE);
  }

  /** Every broken rule, then the estimator's advice, in a language. */
  @Override
  public List<String> problems(Locale language) {
    List<String> problems = super.problems(language);
    if (problems == null || passwordAdvice.isEmpty()) {
      return problems;
    }
    List<String> all = new ArrayList<>(problems);
    all.addAll(PasswordPolicy.advice(passwordAdvice, language));
    return all;
  }
}

package org.sigilo.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A boundary refusing a request in words the person who sent it can act on: the request breaks a
 * rule, or asks for something that is not there (or not theirs to see). Nothing was changed: an
 * application exception (inherited by every subclass), so it reaches the caller as it is and rolls
 * the transaction back. The API answers 400, 404, 409 or 403 with {@link #detail()} and {@link
 * #problems()}.
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
  private final String detail;
  private final List<String> problems;

  protected Refusal(Kind kind, String detail, List<String> problems) {
    super(problems == null ? detail : String.join(" ", problems));
    this.kind = kind;
    this.detail = detail;
    this.problems = problems == null ? null : List.copyOf(problems);
  }

  public Kind kind() {
    return kind;
  }

  public String detail() {
    return detail;
  }

  /** Every broken rule, one sentence each, or null when the detail says it all. */
  public List<String> problems() {
    return problems;
  }
}

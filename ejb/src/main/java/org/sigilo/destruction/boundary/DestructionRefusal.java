package org.sigilo.destruction.boundary;

import java.util.List;
import org.sigilo.platform.boundary.Refusal;

/** Destruction refuses a request: what was wrong, in words the person can act on. */
public class DestructionRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  private DestructionRefusal(Kind kind, String detail, List<String> problems) {
    super(kind, detail, problems);
  }

  public static DestructionRefusal invalid(String problem) {
    return new DestructionRefusal(
        Kind.INVALID,
        "Nothing was changed. Correct the following and send it again.",
        List.of(problem));
  }

  public static DestructionRefusal notFound(String detail) {
    return new DestructionRefusal(Kind.NOT_FOUND, detail, null);
  }

  public static DestructionRefusal conflict(String detail) {
    return new DestructionRefusal(Kind.CONFLICT, detail, null);
  }
}

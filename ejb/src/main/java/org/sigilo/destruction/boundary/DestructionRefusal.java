package org.sigilo.destruction.boundary;

import java.util.List;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/** Destruction refuses a request: what was wrong, in words the person can act on. */
public class DestructionRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  private DestructionRefusal(Kind kind, Message detail, List<Message> problems) {
    super(kind, detail, problems);
  }

  public static DestructionRefusal invalid(Message problem) {
    return new DestructionRefusal(
        Kind.INVALID, Message.of("refusal.nothing-changed"), List.of(problem));
  }

  public static DestructionRefusal notFound(Message detail) {
    return new DestructionRefusal(Kind.NOT_FOUND, detail, null);
  }

  public static DestructionRefusal conflict(Message detail) {
    return new DestructionRefusal(Kind.CONFLICT, detail, null);
  }
}

package org.sigilo.retention.boundary;

import java.util.List;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/** Retention refuses a request: what was wrong, in words the person can act on. Nothing changed. */
public class RetentionRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  private RetentionRefusal(Kind kind, Message detail, List<Message> problems) {
    super(kind, detail, problems);
  }

  public static RetentionRefusal invalid(List<Message> problems) {
    return new RetentionRefusal(Kind.INVALID, Message.of("refusal.nothing-changed"), problems);
  }

  public static RetentionRefusal invalid(Message problem) {
    return invalid(List.of(problem));
  }

  public static RetentionRefusal notFound(Message detail) {
    return new RetentionRefusal(Kind.NOT_FOUND, detail, null);
  }

  public static RetentionRefusal conflict(Message detail) {
    return new RetentionRefusal(Kind.CONFLICT, detail, null);
  }

  public static RetentionRefusal forbidden(Message detail) {
    return new RetentionRefusal(Kind.FORBIDDEN, detail, null);
  }
}

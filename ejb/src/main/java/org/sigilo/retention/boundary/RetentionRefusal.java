package org.sigilo.retention.boundary;

import java.util.List;
import org.sigilo.platform.boundary.Refusal;

/** Retention refuses a request: what was wrong, in words the person can act on. Nothing changed. */
public class RetentionRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  private RetentionRefusal(Kind kind, String detail, List<String> problems) {
    super(kind, detail, problems);
  }

  public static RetentionRefusal invalid(List<String> problems) {
    return new RetentionRefusal(
        Kind.INVALID, "Nothing was changed. Correct the following and send it again.", problems);
  }

  public static RetentionRefusal invalid(String problem) {
    return invalid(List.of(problem));
  }

  public static RetentionRefusal notFound(String detail) {
    return new RetentionRefusal(Kind.NOT_FOUND, detail, null);
  }

  public static RetentionRefusal conflict(String detail) {
    return new RetentionRefusal(Kind.CONFLICT, detail, null);
  }

  public static RetentionRefusal forbidden(String detail) {
    return new RetentionRefusal(Kind.FORBIDDEN, detail, null);
  }
}

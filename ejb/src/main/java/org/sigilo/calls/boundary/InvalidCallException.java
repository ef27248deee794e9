package org.sigilo.calls.boundary;

import java.util.List;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/** The input breaks Sigilo's rules; each problem says what to change. Nothing was stored. */
public class InvalidCallException extends Refusal {

  private static final long serialVersionUID = 1L;

  public InvalidCallException(List<Message> problems) {
    super(Kind.INVALID, Message.of("refusal.calls.invalid"), problems);
  }

  public InvalidCallException(Message problem) {
    this(List.of(problem));
  }
}

package org.sigilo.calls.boundary;

import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/**
 * No call with this id exists, or the caller may not know that it does (the same answer, so ids
 * cannot be probed).
 */
public class CallNotFoundException extends Refusal {

  private static final long serialVersionUID = 1L;

  public CallNotFoundException(long id) {
    super(Kind.NOT_FOUND, Message.of("refusal.calls.not-found", id), null);
  }
}

package org.sigilo.calls.boundary;

import org.sigilo.platform.boundary.Refusal;

/**
 * No call with this id exists, or the caller may not know that it does (the same answer, so ids
 * cannot be probed).
 */
public class CallNotFoundException extends Refusal {

  private static final long serialVersionUID = 1L;

  public CallNotFoundException(long id) {
    super(Kind.NOT_FOUND, "There is no call " + id + " that you may see.", null);
  }
}

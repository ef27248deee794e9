package org.sigilo.calls.boundary;

import jakarta.ejb.ApplicationException;

/** No call with this id exists, or the caller may not know that it does. */
@ApplicationException(rollback = true)
public class CallNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CallNotFoundException(long id) {
    super("There is no call " + id + " that you may see.");
  }
}

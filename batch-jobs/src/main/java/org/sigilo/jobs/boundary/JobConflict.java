package org.sigilo.jobs.boundary;

import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/**
 * A job cannot be started, stopped or restarted in the state it is in (one is already running, or
 * it has finished); the message says what to do instead.
 */
public class JobConflict extends Refusal {

  private static final long serialVersionUID = 1L;

  public JobConflict(Message message) {
    super(Kind.CONFLICT, message, null);
  }
}

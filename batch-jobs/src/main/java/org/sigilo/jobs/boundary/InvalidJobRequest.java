package org.sigilo.jobs.boundary;

import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/** A job was asked for with parameters it cannot take; nothing was started. */
public class InvalidJobRequest extends Refusal {

  private static final long serialVersionUID = 1L;

  public InvalidJobRequest(Message message) {
    super(Kind.INVALID, message, null);
  }
}

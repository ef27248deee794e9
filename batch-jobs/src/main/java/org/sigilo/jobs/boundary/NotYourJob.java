package org.sigilo.jobs.boundary;

import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/** The caller may operate some jobs, but not this one. */
public class NotYourJob extends Refusal {

  private static final long serialVersionUID = 1L;

  public NotYourJob(Message message) {
    super(Kind.FORBIDDEN, message, null);
  }
}

package org.sigilo.jobs.boundary;

import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/** No job execution has this id. */
public class JobRunNotFound extends Refusal {

  private static final long serialVersionUID = 1L;

  public JobRunNotFound(long executionId) {
    super(Kind.NOT_FOUND, Message.of("refusal.jobs.not-found", executionId), null);
  }
}

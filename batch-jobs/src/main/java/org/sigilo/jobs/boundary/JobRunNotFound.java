package org.sigilo.jobs.boundary;

import org.sigilo.platform.boundary.Refusal;

/** No job execution has this id. */
public class JobRunNotFound extends Refusal {

  private static final long serialVersionUID = 1L;

  public JobRunNotFound(long executionId) {
    super(Kind.NOT_FOUND, "There is no job execution " + executionId + ".", null);
  }
}

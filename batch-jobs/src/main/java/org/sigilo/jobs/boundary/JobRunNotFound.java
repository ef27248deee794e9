package org.sigilo.jobs.boundary;

import jakarta.ejb.ApplicationException;

/** No job execution has this id. */
@ApplicationException(rollback = true)
public class JobRunNotFound extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public JobRunNotFound(long executionId) {
    super("There is no job execution " + executionId + ".");
  }
}

package org.sigilo.jobs.boundary;

import jakarta.ejb.ApplicationException;

/** A job was asked for with parameters it cannot take, or does not exist; nothing was started. */
@ApplicationException(rollback = true)
public class InvalidJobRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidJobRequest(String message) {
    super(message);
  }
}

package org.sigilo.api.web;

import jakarta.ws.rs.BadRequestException;

/** A request Sigilo cannot take, with a message written for the person who sent it. */
public class InvalidRequest extends BadRequestException {

  private static final long serialVersionUID = 1L;

  public InvalidRequest(String message) {
    super(message);
  }
}

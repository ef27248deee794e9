package org.sigilo.api.web;

import jakarta.ws.rs.BadRequestException;

/** A request Sigilo cannot take, with a message written for the person who sent it. */
public class InvalidRequest extends BadRequestException {

  private static final long serialVersionUID = 1L;

  public InvalidRequest(String message) {
    super(message);
  }

  /** A whole-number query parameter, or a 400 naming the parameter and what came instead. */
  public static int wholeNumber(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidRequest("'" + name + "' must be a whole number, not '" + value + "'.");
    }
  }
}

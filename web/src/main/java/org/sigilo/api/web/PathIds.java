package org.sigilo.api.web;

import jakarta.ws.rs.NotFoundException;

/** Ids in paths: one that is not a number names nothing there (404, as an unknown number does). */
public final class PathIds {

  private PathIds() {}

  public static long id(String what, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new NotFoundException("There is no " + what + " " + value + ".");
    }
  }
}

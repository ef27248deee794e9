package org.sigilo.api.web;

import jakarta.ws.rs.NotFoundException;
import org.sigilo.platform.i18n.Message;

/** Ids in paths: one that is not a number names nothing there (404, as an unknown number does). */
public final class PathIds {

  private PathIds() {}

  /**
   * The id, or a 404 saying there is no such thing; {@code what} names it in the bundle ({@code
   * problem.api.thing.<what>}, e.g. {@code disposition-list}).
   */
  public static long id(String what, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new NoSuchId(
          Message.of("problem.api.no-such-id", Message.of("problem.api.thing." + what), value));
    }
  }

  /** A path naming nothing, with the sentence that says so. */
  public static class NoSuchId extends NotFoundException {

    private static final long serialVersionUID = 1L;

    private final Message explanation;

    NoSuchId(Message explanation) {
      super(explanation.english());
      this.explanation = explanation;
    }

    public Message explanation() {
      return explanation;
    }
  }
}

package org.sigilo.api.web;

import jakarta.ws.rs.BadRequestException;
import org.sigilo.platform.i18n.Message;

/**
 * A request Sigilo cannot take, with a message written for the person who sent it, answered in the
 * request's language. {@link #getMessage()} is the English text.
 */
public class InvalidRequest extends BadRequestException {

  private static final long serialVersionUID = 1L;

  private final Message explanation;

  public InvalidRequest(Message explanation) {
    super(explanation.english());
    this.explanation = explanation;
  }

  public Message explanation() {
    return explanation;
  }

  /** A whole-number query parameter, or a 400 naming the parameter and what came instead. */
  public static int wholeNumber(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidRequest(Message.of("problem.api.whole-number", name, value));
    }
  }
}

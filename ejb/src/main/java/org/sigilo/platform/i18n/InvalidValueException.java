package org.sigilo.platform.i18n;

/**
 * A value a person gave breaks a rule (a period that is not ISO-8601, a date out of range): thrown
 * by entities and controls that check what they are given, with the sentence to show as a {@link
 * Message}, so a boundary can pass it on in the reader's language. {@link #getMessage()} is the
 * English text.
 */
public class InvalidValueException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final Message explanation;

  public InvalidValueException(Message explanation) {
    super(explanation.english());
    this.explanation = explanation;
  }

  public Message explanation() {
    return explanation;
  }
}

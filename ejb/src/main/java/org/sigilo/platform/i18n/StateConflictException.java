package org.sigilo.platform.i18n;

/**
 * What was asked does not fit the state something is in (a disposition list already approved, a
 * held record): thrown by entities that keep their own state machine, with the sentence to show as
 * a {@link Message}. {@link #getMessage()} is the English text. An impossible state stays a plain
 * {@link IllegalStateException}: that is a bug, not something a person can act on.
 */
public class StateConflictException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final Message explanation;

  public StateConflictException(Message explanation) {
    super(explanation.english());
    this.explanation = explanation;
  }

  public Message explanation() {
    return explanation;
  }
}

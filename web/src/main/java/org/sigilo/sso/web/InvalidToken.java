package org.sigilo.sso.web;

import org.sigilo.platform.i18n.Message;

/** A token that fails a check: why, in words for the caller (and in English for the audit). */
public class InvalidToken extends Exception {

  private static final long serialVersionUID = 1L;

  private final Message why;

  InvalidToken(Message why, String technicalDetail) {
    super(why.english() + " (" + technicalDetail + ")");
    this.why = why;
  }

  public Message why() {
    return why;
  }
}

package org.sigilo.users.boundary;

import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;

/** A change to how people sign in that would lock everyone out. */
public class SignInRefusal extends Refusal {

  private static final long serialVersionUID = 1L;

  private SignInRefusal(Message detail) {
    super(Kind.CONFLICT, detail, null);
  }

  static SignInRefusal ssoNotConfigured() {
    return new SignInRefusal(Message.of("sso.local-passwords.refused"));
  }
}

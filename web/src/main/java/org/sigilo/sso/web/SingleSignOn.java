package org.sigilo.sso.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.sigilo.users.boundary.SignInPolicy;

/**
 * What the login page and the "no Sigilo role" page show about single sign-on: the "Sign in with
 * ..." button only while it is configured, and whether local passwords are accepted.
 */
@Named("sso")
@RequestScoped
public class SingleSignOn {

  @Inject SsoConfiguration configuration;
  @Inject ExternalContext externalContext;
  @EJB SignInPolicy signInPolicy;

  public boolean isOn() {
    return configuration.isConfigured();
  }

  public String getProviderName() {
    return configuration.providerName();
  }

  public boolean isLocalPasswordsOff() {
    return !signInPolicy.localPasswordsEnabled();
  }

  /** The "Sign in with ..." address, going on to {@code from} afterwards. */
  public String startAddress(String from) {
    return externalContext.getRequestContextPath()
        + "/sso/start"
        + (from == null || from.isBlank() ? "" : "?from=" + SsoSignIn.encoded(from));
  }

  /** Who signed in at the provider but has no Sigilo role (for the 403 page), or null. */
  public String getRefusedUser() {
    HttpSession session = ((HttpServletRequest) externalContext.getRequest()).getSession(false);
    Object user = session == null ? null : session.getAttribute(SsoSignIn.REFUSED_USER);
    return user instanceof String name ? name : null;
  }

  /** The "no Sigilo role" page is a refusal: 403, so that scripts and logs see it as one. */
  public void answerForbidden() {
    externalContext.setResponseStatus(403);
  }
}

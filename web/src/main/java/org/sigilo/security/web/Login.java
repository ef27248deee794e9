package org.sigilo.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sigilo.portal.web.MessageBundle;

/**
 * Backs {@code login.xhtml}: hands the typed credentials to the authentication mechanism. The page
 * requires both fields and bounds their length (its validators say so in the reader's language:
 * Bean Validation's own messages would not come from Sigilo's bundle); a failure is told in the
 * language of the page, and the user name stays in its field.
 */
@Named
@RequestScoped
public class Login {

  private String username;

  private String password;

  /** Where the visitor was going before being asked to sign in (a path inside Sigilo). */
  private String from;

  @Inject SecurityContext securityContext;
  @Inject FacesContext facesContext;
  @Inject ExternalContext externalContext;

  public void signIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    if (request.getSession(false) != null) {
      // A new session id at sign-in, so that an id planted before it is worthless (fixation).
      request.changeSessionId();
    }
    AuthenticationStatus status =
        securityContext.authenticate(
            request,
            (HttpServletResponse) externalContext.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, new Password(password)))
                .newAuthentication(true));
    switch (status) {
      case SUCCESS -> {
        externalContext.redirect(externalContext.getRequestContextPath() + safeDestination());
        facesContext.responseComplete();
      }
      case SEND_CONTINUE -> facesContext.responseComplete();
      default -> {
        Object blockedMinutes = request.getAttribute(SigiloAuthenticationMechanism.BLOCKED_MINUTES);
        boolean localPasswordsOff =
            request.getAttribute(SigiloAuthenticationMechanism.LOCAL_PASSWORDS_OFF) != null;
        facesContext.addMessage(
            null,
            localPasswordsOff
                ? new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    MessageBundle.text("sso.local-passwords.off"),
                    MessageBundle.text("sso.local-passwords.off.detail"))
                : blockedMinutes != null
                    ? new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        MessageBundle.text("login.blocked", blockedMinutes),
                        MessageBundle.text("login.blocked.detail"))
                    : new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        MessageBundle.text("login.failed"),
                        MessageBundle.text("login.failed.detail")));
      }
    }
  }

  /**
   * Only paths inside Sigilo: an absolute or protocol-relative address here would make the login
   * page an open redirect.
   */
  String safeDestination() {
    return safeDestination(from);
  }

  /** {@code from} when it is a path inside Sigilo, else the home page. */
  public static String safeDestination(String from) {
    if (from == null
        || !from.startsWith("/")
        || from.startsWith("//")
        || from.contains("\\")
        || from.startsWith("/login.xhtml")
        || from.startsWith("/sso/")) {
      return "/index.xhtml";
    }
    return from;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }
}

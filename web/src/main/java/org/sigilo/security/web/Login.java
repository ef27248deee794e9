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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;

/** Backs {@code login.xhtml}: hands the typed credentials to the authentication mechanism. */
@Named
@RequestScoped
public class Login {

  @NotBlank(message = "Enter your user name.")
  @Size(max = 64, message = "A user name has at most 64 characters.")
  private String username;

  @NotBlank(message = "Enter your password.")
  @Size(max = 256, message = "A password has at most 256 characters.")
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
        Object blocked = request.getAttribute(SigiloAuthenticationMechanism.UNAUTHORIZED_DETAIL);
        facesContext.addMessage(
            null,
            blocked != null
                ? new FacesMessage(FacesMessage.SEVERITY_ERROR, blocked.toString(), null)
                : new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    "Wrong user name or password.",
                    "Check both and try again. If you have forgotten your password, ask an admin."));
      }
    }
  }

  /**
   * Only paths inside Sigilo: an absolute or protocol-relative address here would make the login
   * page an open redirect.
   */
  String safeDestination() {
    if (from == null
        || !from.startsWith("/")
        || from.startsWith("//")
        || from.contains("\\")
        || from.startsWith("/login.xhtml")) {
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

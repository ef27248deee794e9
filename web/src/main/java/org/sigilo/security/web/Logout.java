package org.sigilo.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.sso.web.SsoSignOut;

/**
 * Signs the current user out of the portal, audited, and ends the session; after a single sign-on,
 * ends the provider's session too (its end session endpoint sends the browser back to the login
 * page).
 */
@Named
@RequestScoped
public class Logout {

  @Inject ExternalContext externalContext;
  @EJB AuditEvents auditEvents;
  @Inject SsoSignOut ssoSignOut;

  public void signOut() throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    Principal user = request.getUserPrincipal();
    if (user != null) {
      auditEvents.record(user.getName(), "logout", "portal", Outcome.SUCCESS, "signed out");
    }
    // read before the session (which holds the ID token) ends
    Optional<String> providerSignOut =
        ssoSignOut.endSessionAddress(request, "/login.xhtml?signedOut=true");
    request.logout();
    externalContext.invalidateSession();
    externalContext.redirect(
        providerSignOut.orElse(
            externalContext.getRequestContextPath() + "/login.xhtml?signedOut=true"));
  }
}

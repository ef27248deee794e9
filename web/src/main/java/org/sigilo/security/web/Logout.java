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
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;

/** Signs the current user out of the portal, audited, and ends the session. */
@Named
@RequestScoped
public class Logout {

  @Inject ExternalContext externalContext;
  @EJB AuditEvents auditEvents;

  public void signOut() throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    Principal user = request.getUserPrincipal();
    if (user != null) {
      auditEvents.record(user.getName(), "logout", "portal", Outcome.SUCCESS, "signed out");
    }
    request.logout();
    externalContext.invalidateSession();
    externalContext.redirect(
        externalContext.getRequestContextPath() + "/login.xhtml?signedOut=true");
  }
}

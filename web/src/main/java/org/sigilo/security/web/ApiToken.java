package org.sigilo.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The session's token for the portal's own state-changing API calls ({@link SessionApiCalls}), for
 * the page layout to hand to scripts; none for a visitor who has not signed in.
 */
@Named
@RequestScoped
public class ApiToken {

  @Inject ExternalContext externalContext;

  public String getValue() {
    HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
    if (request.getUserPrincipal() == null) {
      return "";
    }
    return SessionApiCalls.token(request.getSession());
  }
}

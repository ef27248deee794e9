package org.sigilo.sso.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sigilo.security.web.Login;

/**
 * "Sign in with ...": sends the visitor to the provider's sign-in page. Not there (404) while
 * single sign-on is off; the login page says so when the provider cannot be reached.
 */
@WebServlet("/sso/start")
public class SsoStart extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(SsoStart.class.getName());

  @Inject SsoConfiguration configuration;
  @Inject SsoSignIn signIn;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!configuration.isConfigured()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String destination = Login.safeDestination(request.getParameter("from"));
    String authorization;
    try {
      authorization = signIn.authorizationRequest(request, destination);
    } catch (IllegalStateException unreachable) {
      LOG.log(Level.WARNING, "The OpenID Connect provider cannot be reached", unreachable);
      response.sendRedirect(request.getContextPath() + "/login.xhtml?ssoFailed=true");
      return;
    }
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(authorization);
  }
}

package org.sigilo.sso.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.sigilo.security.web.Login;

/**
 * Where the provider sends the visitor back. By the time a request gets here, Sigilo's
 * authentication mechanism has checked the provider's answer and signed the person in ({@link
 * SsoSignIn#finish}); what is left is to go where they were going. Reached without a sign-in (SSO
 * off, or the mechanism let it through), it sends them to the login page.
 */
@WebServlet(SsoSignIn.CALLBACK)
public class SsoCallback extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (request.getUserPrincipal() == null || session == null) {
      response.sendRedirect(request.getContextPath() + "/login.xhtml");
      return;
    }
    Object destination = session.getAttribute(SsoSignIn.DESTINATION);
    session.removeAttribute(SsoSignIn.DESTINATION);
    response.sendRedirect(
        request.getContextPath()
            + Login.safeDestination(destination instanceof String path ? path : null));
  }
}

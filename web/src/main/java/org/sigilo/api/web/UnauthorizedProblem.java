package org.sigilo.api.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sigilo.security.web.SigiloAuthenticationMechanism;

/**
 * The 401 error page (mapped in web.xml). Only the API answers 401, the portal redirects to its
 * login page instead, so the body is always a problem document.
 */
@WebServlet("/error/unauthorized")
public class UnauthorizedProblem extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Object detail = request.getAttribute(SigiloAuthenticationMechanism.UNAUTHORIZED_DETAIL);
    String text =
        detail == null
            ? "Sign in with HTTP Basic credentials of a Sigilo user."
            : detail.toString();
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + text.replace("\\", "\\\\").replace("\"", "'")
                + "\"}");
  }
}

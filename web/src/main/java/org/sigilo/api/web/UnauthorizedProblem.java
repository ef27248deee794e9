package org.sigilo.api.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.Messages;
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
    Locale language = Messages.bestMatch(Collections.list(request.getLocales()));
    // the authentication mechanism says why (a Message); without one, the general request to sign
    // in
    String text =
        detail instanceof Message why
            ? why.in(language)
            : Messages.text(language, "problem.api.unauthorized");
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    response.setHeader("Content-Language", language.toLanguageTag());
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\""
                + text.replace("\\", "\\\\").replace("\"", "'")
                + "\"}");
  }
}

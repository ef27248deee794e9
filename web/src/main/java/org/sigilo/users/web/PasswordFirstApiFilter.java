package org.sigilo.users.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Locale;
import org.sigilo.api.web.Problem;
import org.sigilo.api.web.RequestLanguage;
import org.sigilo.platform.i18n.Messages;
import org.sigilo.users.boundary.UserAccounts;

/**
 * A person whose password was given to them (a new account, a reset) must change it before the API
 * does anything for them: 403 with a problem saying so. Changing it ({@code POST
 * /api/users/me/password}) is the one request let through.
 */
@Provider
public class PasswordFirstApiFilter implements ContainerRequestFilter {

  static final String OWN_PASSWORD = "users/me/password";

  @EJB UserAccounts userAccounts;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal caller = request.getSecurityContext().getUserPrincipal();
    if (caller == null) {
      return;
    }
    String path = request.getUriInfo().getPath();
    if (path.startsWith("/")) {
      path = path.substring(1);
    }
    if (path.equals(OWN_PASSWORD) || !userAccounts.mustChangePassword(caller.getName())) {
      return;
    }
    Locale language = RequestLanguage.of(request);
    request.abortWith(
        Problem.response(
            Response.Status.FORBIDDEN,
            language,
            Messages.text(language, "problem.api.change-password-first")));
  }
}

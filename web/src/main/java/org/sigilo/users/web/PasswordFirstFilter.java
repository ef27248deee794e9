package org.sigilo.users.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;
import org.sigilo.health.boundary.DatabaseFailure;
import org.sigilo.health.boundary.DatabaseHealth;
import org.sigilo.health.web.Unavailable;
import org.sigilo.security.web.FacesRedirect;
import org.sigilo.sso.web.SsoSignIn;
import org.sigilo.users.boundary.UserAccounts;
import org.sigilo.users.entity.UserAccount;

/**
 * The portal's side of two account rules, checked on every page request of a signed-in person: one
 * whose account was disabled meanwhile is signed out at once (their session ends), and one whose
 * password was given to them (a new account, a reset) is sent to the change-password page before
 * anything else. Static resources, error pages and the API (which has its own filter, {@link
 * PasswordFirstApiFilter}) pass untouched.
 */
@WebFilter(urlPatterns = "/*")
public class PasswordFirstFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CHANGE_PASSWORD = "/account/change-password.xhtml";

  @EJB UserAccounts userAccounts;
  @EJB DatabaseHealth databaseHealth;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal caller = request.getUserPrincipal();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (caller == null || passesUntouched(path) || SsoSignIn.isSsoSession(request)) {
      // People signed in through the provider have no local account: the provider governs them
      chain.doFilter(request, response);
      return;
    }
    Optional<UserAccount> account;
    try {
      account = userAccounts.find(caller.getName());
    } catch (RuntimeException e) {
      // the database is down: the same 503 page as any other page gets (DatabaseOutageFilter),
      // whichever of the two filters runs first
      if (DatabaseFailure.foundIn(e) && !databaseHealth.isUp()) {
        Unavailable.answer(request, response);
        return;
      }
      throw e;
    }
    if (account.isEmpty()) {
      // disabled since signing in: the session must not outlive the account's right to sign in
      request.logout();
      if (request.getSession(false) != null) {
        request.getSession(false).invalidate();
      }
      FacesRedirect.to(request, response, request.getContextPath() + "/login.xhtml");
      return;
    }
    if (account.get().mustChangePassword() && !path.equals(CHANGE_PASSWORD)) {
      FacesRedirect.to(request, response, request.getContextPath() + CHANGE_PASSWORD);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean passesUntouched(String path) {
    return path.startsWith("/jakarta.faces.resource/")
        || path.startsWith("/error/")
        || path.equals("/api")
        || path.startsWith("/api/")
        || path.equals("/login.xhtml");
  }
}

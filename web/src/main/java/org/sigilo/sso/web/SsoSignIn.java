package org.sigilo.sso.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;

/**
 * The portal's single sign-on: the authorization code flow (RFC 6749 with PKCE, OpenID Connect Core
 * 3.1). {@link #authorizationRequest} sends the visitor to the provider; the provider sends them
 * back to {@link #CALLBACK}, where Sigilo's authentication mechanism calls {@link #finish}. Every
 * outcome is audited.
 */
@ApplicationScoped
public class SsoSignIn {

  /** Where the provider sends the visitor back (registered at the provider as redirect URI). */
  public static final String CALLBACK = "/sso/callback";

  /** Session attribute: the ID token of this sign-in, the hint for ending the provider session. */
  public static final String ID_TOKEN = "org.sigilo.sso.id-token";

  /** Session attribute: where to go once signed in (read by the callback servlet). */
  static final String DESTINATION = "org.sigilo.sso.destination";

  /** Session attribute: who signed in at the provider without a Sigilo role (for the 403 page). */
  public static final String REFUSED_USER = "org.sigilo.sso.refused-user";

  private static final Logger LOG = Logger.getLogger(SsoSignIn.class.getName());

  @Inject SsoConfiguration configuration;
  @Inject OpenIdProvider provider;
  @EJB AuditEvents auditEvents;

  public boolean isCallback(HttpServletRequest request) {
    return configuration.isConfigured() && CALLBACK.equals(pathOf(request));
  }

  /** Whether this request's session was signed in through the provider (not a local account). */
  public static boolean isSsoSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(ID_TOKEN) != null;
  }

  /** Remembers a new sign-in in the session and answers the provider's address to send it to. */
  String authorizationRequest(HttpServletRequest request, String destination) {
    PendingSignIn pending = PendingSignIn.start(destination, baseUrl(request) + CALLBACK);
    request.getSession(true).setAttribute(PendingSignIn.SESSION_KEY, pending);
    return provider.endpoints().authorizationEndpoint()
        + "?"
        + OpenIdProvider.form(
            Map.of(
                "response_type", "code",
                "client_id", configuration.clientId().orElseThrow(),
                "redirect_uri", pending.redirectUri(),
                "scope", "openid profile",
                "state", pending.state(),
                "nonce", pending.nonce(),
                "code_challenge", pending.codeChallenge(),
                "code_challenge_method", "S256"));
  }

  /**
   * The provider's answer: checks it, exchanges the code, verifies the ID token and signs the
   * person in with the Sigilo roles of the roles claim. Without one, no sign-in: the 403 page.
   */
  public AuthenticationStatus finish(HttpServletRequest request, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    PendingSignIn pending =
        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.SESSION_KEY);
    if (session != null) {
      // one answer per sign-in: a second use of the same state is refused
      session.removeAttribute(PendingSignIn.SESSION_KEY);
    }
    String state = request.getParameter("state");
    if (pending == null || state == null || !pending.state().equals(state)) {
      return failed(request, context, "unknown", "no sign-in of this browser has that state");
    }
    if (request.getParameter("error") != null) {
      return failed(
          request, context, "unknown", "the provider answered " + request.getParameter("error"));
    }
    String code = request.getParameter("code");
    if (code == null) {
      return failed(request, context, "unknown", "the provider sent no code");
    }
    VerifiedToken person;
    String idToken;
    try {
      idToken = provider.exchangeCode(code, pending.redirectUri(), pending.codeVerifier());
      person = provider.verifier().verifyIdToken(idToken, pending.nonce());
    } catch (InvalidToken e) {
      return failed(request, context, "unknown", e.getMessage());
    } catch (IllegalStateException e) {
      LOG.log(Level.WARNING, "Single sign-on failed", e);
      return failed(request, context, "unknown", e.getMessage());
    }
    if (person.sigiloRoles().isEmpty()) {
      auditEvents.record(
          person.username(),
          "login-refused",
          "sso",
          Outcome.DENIED,
          "signed in at the provider, but its claim '"
              + configuration.rolesClaim()
              + "' holds no Sigilo role "
              + person.claimedRoles());
      request.getSession(true).setAttribute(REFUSED_USER, person.username());
      return context.redirect(request.getContextPath() + "/error/no-role.xhtml");
    }
    // A new session id at sign-in, so that an id planted before it is worthless (fixation).
    request.changeSessionId();
    HttpSession signedIn = request.getSession(true);
    signedIn.setAttribute(ID_TOKEN, idToken);
    signedIn.setAttribute(DESTINATION, pending.destination());
    auditEvents.record(
        person.username(),
        "login",
        "sso",
        Outcome.SUCCESS,
        "signed in through the provider as "
            + person.sigiloRoles()
            + " from "
            + request.getRemoteAddr());
    context.setRegisterSession(person.username(), person.sigiloRoles());
    return context.notifyContainerAboutLogin(person.username(), person.sigiloRoles());
  }

  private AuthenticationStatus failed(
      HttpServletRequest request, HttpMessageContext context, String who, String why) {
    auditEvents.record(
        who,
        "login-failed",
        "sso",
        Outcome.FAILURE,
        abbreviated(why + " (from " + request.getRemoteAddr() + ")"));
    return context.redirect(request.getContextPath() + "/login.xhtml?ssoFailed=true");
  }

  private static String abbreviated(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }

  /** Scheme, host, port and context path of this request, as the browser addressed Sigilo. */
  static String baseUrl(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    return url.substring(0, url.length() - request.getRequestURI().length())
        + request.getContextPath();
  }

  static String pathOf(HttpServletRequest request) {
    return request.getRequestURI().substring(request.getContextPath().length());
  }

  static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}

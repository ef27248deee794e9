package org.sigilo.sso.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing out of the provider too (OpenID Connect RP-Initiated Logout 1.0): the provider's end
 * session endpoint with the ID token of the sign-in as hint, and Sigilo's login page to come back
 * to. Otherwise "Sign in with ..." would sign the same person straight back in without a password.
 */
@ApplicationScoped
public class SsoSignOut {

  private static final Logger LOG = Logger.getLogger(SsoSignOut.class.getName());

  @Inject SsoConfiguration configuration;
  @Inject OpenIdProvider provider;

  /**
   * Where to send the browser after Sigilo's session ends, when this session came from the
   * provider; read before the session is invalidated.
   *
   * @param afterwards the path inside Sigilo the provider should send the browser back to
   */
  public Optional<String> endSessionAddress(HttpServletRequest request, String afterwards) {
    HttpSession session = request.getSession(false);
    Object idToken = session == null ? null : session.getAttribute(SsoSignIn.ID_TOKEN);
    if (!(idToken instanceof String hint) || !configuration.isConfigured()) {
      return Optional.empty();
    }
    String endSession;
    try {
      endSession = provider.endpoints().endSessionEndpoint();
    } catch (IllegalStateException unreachable) {
      LOG.log(Level.WARNING, "Cannot end the provider's session", unreachable);
      return Optional.empty();
    }
    if (endSession == null) {
      return Optional.empty();
    }
    return Optional.of(
        endSession
            + (endSession.contains("?") ? "&" : "?")
            + OpenIdProvider.form(
                Map.of(
                    "id_token_hint",
                    hint,
                    "client_id",
                    configuration.clientId().orElseThrow(),
                    "post_logout_redirect_uri",
                    SsoSignIn.baseUrl(request) + afterwards)));
  }
}

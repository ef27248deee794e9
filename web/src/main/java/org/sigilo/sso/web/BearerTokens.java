package org.sigilo.sso.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.platform.i18n.Message;

/**
 * API clients under single sign-on: {@code Authorization: Bearer} access tokens from the same
 * provider (client credentials grant), checked on every request (the API keeps no sessions). As
 * with HTTP Basic, only failures are audited.
 */
@ApplicationScoped
public class BearerTokens {

  public static final String PREFIX = "Bearer ";

  @Inject SsoConfiguration configuration;
  @Inject OpenIdProvider provider;
  @EJB AuditEvents auditEvents;

  /** What the check found: the caller, or why the token is refused. */
  public record Check(Optional<VerifiedToken> caller, Message refusal) {}

  public static boolean isBearer(String authorization) {
    return authorization != null
        && authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** Whether bearer tokens are accepted at all: only while single sign-on is configured. */
  public boolean accepted() {
    return configuration.isConfigured();
  }

  /** Checks the token of an {@code Authorization: Bearer} header; only when {@link #accepted}. */
  public Check check(HttpServletRequest request, String authorization) {
    String token = authorization.substring(PREFIX.length()).trim();
    try {
      return new Check(Optional.of(provider.verifier().verifyAccessToken(token)), null);
    } catch (InvalidToken e) {
      return refused(request, e.why(), e.getMessage());
    } catch (IllegalStateException unreachable) {
      return refused(request, Message.of("sso.token.unverifiable"), unreachable.getMessage());
    }
  }

  private Check refused(HttpServletRequest request, Message why, String detail) {
    auditEvents.record(
        "unknown",
        "login-failed",
        "api",
        org.sigilo.audit.entity.Outcome.FAILURE,
        abbreviated("bearer token refused: " + detail + " (from " + request.getRemoteAddr() + ")"));
    return new Check(Optional.empty(), why);
  }

  private static String abbreviated(String text) {
    return text.length() <= 1000 ? text : text.substring(0, 1000);
  }
}

package org.sigilo.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.health.boundary.DatabaseFailure;
import org.sigilo.health.boundary.DatabaseHealth;
import org.sigilo.health.web.Unavailable;
import org.sigilo.platform.i18n.Message;
import org.sigilo.sso.web.BearerTokens;
import org.sigilo.sso.web.SsoSignIn;
import org.sigilo.sso.web.VerifiedToken;
import org.sigilo.users.boundary.SignInPolicy;
import org.sigilo.users.boundary.UserAccounts;

/**
 * Chooses by path: HTTP Basic on {@code /api/*} (a missing or wrong password is a 401 with a
 * challenge, never the login page), form sign-in everywhere else (a protected page sends the
 * visitor to {@code login.xhtml} and back afterwards). Deliberately without
 * {@code @LoginToContinue}, which would turn the API's 401s into redirects.
 *
 * <p>With single sign-on configured (issue #14), the provider's callback is finished by {@link
 * SsoSignIn} and {@code Authorization: Bearer} tokens on the API are checked by {@link
 * BearerTokens}; local passwords are refused while an admin has turned them off ({@link
 * SignInPolicy}).
 *
 * <p>A portal sign-in registers an authentication session; API clients send their credentials with
 * every request and get no session, and only their failures are audited (auditing every successful
 * API call as a "login" would drown the trail).
 */
@ApplicationScoped
public class SigiloAuthenticationMechanism implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/login.xhtml";

  /** Request attribute naming why a 401 was sent, for the error page that renders it. */
  public static final String UNAUTHORIZED_DETAIL = "org.sigilo.security.unauthorized-detail";

  /**
   * Request attribute: for how many more minutes portal sign-ins for the user name are refused, so
   * that the login page can say it in the reader's language.
   */
  public static final String BLOCKED_MINUTES = "org.sigilo.security.blocked-minutes";

  /** Request attribute: a local password was refused because local passwords are off. */
  public static final String LOCAL_PASSWORDS_OFF = "org.sigilo.security.local-passwords-off";

  private static final String BASIC_PREFIX = "Basic ";

  @Inject IdentityStoreHandler identityStores;
  @EJB AuditEvents auditEvents;
  @Inject VerifiedCredentials verifiedCredentials;
  @Inject SignInThrottle throttle;
  @EJB UserAccounts userAccounts;
  @EJB DatabaseHealth databaseHealth;
  @EJB SignInPolicy signInPolicy;
  @Inject SsoSignIn ssoSignIn;
  @Inject BearerTokens bearerTokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return isApi(request)
          ? validateApiRequest(request, response, context)
          : validatePortalRequest(request, response, context);
    } catch (RuntimeException e) {
      // Accounts, failed sign-ins and the audit trail are in the database: while it is down no
      // caller can be checked, which is an outage to wait out (503), not a bug (500)
      if (DatabaseFailure.foundIn(e) && !databaseHealth.isUp()) {
        try {
          Unavailable.answer(request, response);
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
        return AuthenticationStatus.SEND_CONTINUE;
      }
      throw e;
    }
  }

  private AuthenticationStatus validateApiRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    // With single sign-on off, a bearer token is no credential at all (as before single sign-on)
    if (BearerTokens.isBearer(authorization) && bearerTokens.accepted()) {
      return validateBearer(request, response, context, authorization);
    }
    if (authorization == null || !authorization.regionMatches(true, 0, BASIC_PREFIX, 0, 6)) {
      Principal signedIn = request.getUserPrincipal();
      if (signedIn != null) {
        // A portal session calling the API (the portal's own scripts): already authenticated,
        // but a cookie alone does not show who wanted a change (SessionApiCalls).
        if (!SessionApiCalls.sessionMayCall(request)) {
          return challenge(
              request, response, context, Message.of("problem.api.explicit-credentials"));
        }
        return continueSession(signedIn, context);
      }
      return context.isProtected()
          ? challenge(request, response, context, Message.of("problem.api.unauthorized"))
          : context.doNothing();
    }
    Optional<UsernamePasswordCredential> credential = decodeBasic(authorization);
    if (credential.isEmpty()) {
      return challenge(request, response, context, Message.of("problem.api.not-basic"));
    }
    UsernamePasswordCredential basic = credential.get();
    if (!signInPolicy.localPasswordsEnabled()) {
      auditEvents.record(
          basic.getCaller(), "login-refused", "api", Outcome.DENIED, "local passwords are off");
      return challenge(request, response, context, Message.of("sso.local-passwords.off-api"));
    }
    // Credentials verified minutes ago pass without a slot: an attack on the user name must not
    // shut out the API client that already proved it knows the password.
    var recalled = verifiedCredentials.recall(basic.getCaller(), basic.getPasswordAsString());
    if (recalled.isPresent()
        && recalled.get().accountVersion().equals(accountVersion(recalled.get().caller()))) {
      return context.notifyContainerAboutLogin(recalled.get().caller(), recalled.get().groups());
    }
    recalled.ifPresent(
        stale -> verifiedCredentials.forget(basic.getCaller(), basic.getPasswordAsString()));
    SignInThrottle.Decision decision = throttle.reserve(basic.getCaller(), request.getRemoteAddr());
    if (decision.refusal().isPresent()) {
      SignInThrottle.Refusal refusal = decision.refusal().get();
      auditThrottled(basic.getCaller(), "api", refusal, request);
      response.setHeader("Retry-After", Long.toString(retryAfterSeconds(refusal)));
      return challenge(request, response, context, tooManyAttempts(refusal.retryAfter()));
    }
    SignInThrottle.Attempt attempt = decision.attempt().orElseThrow();
    CredentialValidationResult result = validate(basic, attempt);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      String caller = result.getCallerPrincipal().getName();
      verifiedCredentials.remember(
          basic.getCaller(),
          basic.getPasswordAsString(),
          caller,
          result.getCallerGroups(),
          accountVersion(caller));
      return context.notifyContainerAboutLogin(result);
    }
    auditEvents.record(
        credential.get().getCaller(),
        "login-failed",
        "api",
        Outcome.FAILURE,
        "wrong user name or password (HTTP Basic) from " + request.getRemoteAddr());
    return challenge(request, response, context, Message.of("problem.api.wrong-credentials"));
  }

  private AuthenticationStatus validateBearer(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      String authorization) {
    BearerTokens.Check check = bearerTokens.check(request, authorization);
    if (check.caller().isEmpty()) {
      request.setAttribute(UNAUTHORIZED_DETAIL, check.refusal());
      response.setHeader("WWW-Authenticate", "Bearer realm=\"Sigilo\", error=\"invalid_token\"");
      return context.responseUnauthorized();
    }
    VerifiedToken caller = check.caller().get();
    // without a Sigilo role the caller is known but may do nothing: the container answers 403
    return context.notifyContainerAboutLogin(caller.username(), caller.sigiloRoles());
  }

  /** Checks the password in a reserved slot, and settles the slot by the outcome. */
  private CredentialValidationResult validate(
      UsernamePasswordCredential credential, SignInThrottle.Attempt attempt) {
    CredentialValidationResult result;
    try {
      result = identityStores.validate(credential);
    } catch (RuntimeException e) {
      attempt.failed();
      throw e;
    }
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      attempt.succeeded();
    } else {
      attempt.failed();
    }
    return result;
  }

  /**
   * Audits the first refused attempt of a run only: an attack sends thousands, and writing each to
   * the audit chain would be the very load the throttle is there to spare.
   */
  private void auditThrottled(
      String username, String target, SignInThrottle.Refusal refusal, HttpServletRequest request) {
    if (refusal.firstOfItsKind()) {
      auditEvents.record(
          username,
          "login-throttled",
          target,
          Outcome.DENIED,
          "too many failed attempts from " + request.getRemoteAddr());
    }
  }

  static long retryAfterSeconds(SignInThrottle.Refusal refusal) {
    return Math.max(1, (refusal.retryAfter().toMillis() + 999) / 1000);
  }

  static Message tooManyAttempts(Duration left) {
    return Message.of("problem.api.too-many-sign-ins", minutesLeft(left));
  }

  /** Whole minutes, rounded up, at least one. */
  static long minutesLeft(Duration left) {
    return Math.max(1, (left.toSeconds() + 59) / 60);
  }

  /** Changes when the account's password or roles change (or it is removed). */
  private String accountVersion(String username) {
    return userAccounts
        .find(username)
        .map(account -> account.passwordHash() + "|" + account.roles())
        .orElse("no such account");
  }

  private AuthenticationStatus validatePortalRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (ssoSignIn.isCallback(request)) {
      return ssoSignIn.finish(request, context);
    }
    Credential credential =
        context.isAuthenticationRequest() ? context.getAuthParameters().getCredential() : null;
    if (credential instanceof UsernamePasswordCredential password) {
      if (!signInPolicy.localPasswordsEnabled()) {
        auditEvents.record(
            password.getCaller(),
            "login-refused",
            "portal",
            Outcome.DENIED,
            "local passwords are off");
        request.setAttribute(LOCAL_PASSWORDS_OFF, Boolean.TRUE);
        return AuthenticationStatus.SEND_FAILURE;
      }
      SignInThrottle.Decision decision =
          throttle.reserve(password.getCaller(), request.getRemoteAddr());
      if (decision.refusal().isPresent()) {
        SignInThrottle.Refusal refusal = decision.refusal().get();
        auditThrottled(password.getCaller(), "portal", refusal, request);
        request.setAttribute(UNAUTHORIZED_DETAIL, tooManyAttempts(refusal.retryAfter()));
        request.setAttribute(BLOCKED_MINUTES, minutesLeft(refusal.retryAfter()));
        return AuthenticationStatus.SEND_FAILURE;
      }
      CredentialValidationResult result = validate(password, decision.attempt().orElseThrow());
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        auditEvents.record(
            result.getCallerPrincipal().getName(),
            "login",
            "portal",
            Outcome.SUCCESS,
            "signed in from " + request.getRemoteAddr());
        // Only portal sign-ins get a session; API clients authenticate every request.
        context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
      }
      auditEvents.record(
          password.getCaller(),
          "login-failed",
          "portal",
          Outcome.FAILURE,
          "wrong user name or password from " + request.getRemoteAddr());
      return AuthenticationStatus.SEND_FAILURE;
    }
    Principal signedIn = request.getUserPrincipal();
    if (signedIn != null) {
      // The session registered at sign-in: the container already knows the caller and roles.
      return continueSession(signedIn, context);
    }
    if (context.isProtected()) {
      return redirectToLogin(request, response, context);
    }
    return context.doNothing();
  }

  private static AuthenticationStatus continueSession(
      Principal signedIn, HttpMessageContext context) {
    try {
      context
          .getHandler()
          .handle(
              new Callback[] {new CallerPrincipalCallback(context.getClientSubject(), signedIn)});
    } catch (IOException | UnsupportedCallbackException e) {
      throw new IllegalStateException("The container refused the signed-in caller", e);
    }
    return AuthenticationStatus.SUCCESS;
  }

  private AuthenticationStatus redirectToLogin(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String original = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      original += "?" + request.getQueryString();
    }
    String login =
        request.getContextPath()
            + LOGIN_PAGE
            + "?from="
            + URLEncoder.encode(original, StandardCharsets.UTF_8);
    if (FacesRedirect.isAjax(request)) {
      // An expired session during an AJAX request
      try {
        FacesRedirect.to(request, response, login);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return AuthenticationStatus.SEND_CONTINUE;
    }
    return context.redirect(login);
  }

  /**
   * Answers 401 with a Basic challenge. The body, a problem document, is written by the 401 error
   * page ({@code UnauthorizedProblem}): the container owns the response once the status is sent.
   */
  private static AuthenticationStatus challenge(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Message detail) {
    request.setAttribute(UNAUTHORIZED_DETAIL, detail);
    response.setHeader("WWW-Authenticate", "Basic realm=\"Sigilo\", charset=\"UTF-8\"");
    return context.responseUnauthorized();
  }

  static Optional<UsernamePasswordCredential> decodeBasic(String authorization) {
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC_PREFIX.length()).trim()),
              StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return Optional.empty();
      }
      return Optional.of(
          new UsernamePasswordCredential(
              decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.equals("/api") || path.startsWith("/api/");
  }
}

package org.sigilo.sso.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Single sign-on as the server's environment configures it: each setting is a system property
 * ({@code sigilo.oidc.issuer}) or else an environment variable ({@code SIGILO_OIDC_ISSUER}).
 * Without an issuer, a client id and a client secret single sign-on is off: no button, no bearer
 * tokens, and Sigilo never contacts a provider.
 */
@ApplicationScoped
public class SsoConfiguration {

  /** The claim whose values are Sigilo role codes, unless configured otherwise. */
  static final String DEFAULT_ROLES_CLAIM = "groups";

  /** What the sign-in button calls the provider, unless configured otherwise. */
  static final String DEFAULT_PROVIDER_NAME = "SSO";

  /** The provider's issuer URL, e.g. {@code https://id.example.org/realms/staff}. */
  public Optional<String> issuer() {
    return setting("issuer").map(SsoConfiguration::withoutTrailingSlash);
  }

  public Optional<String> clientId() {
    return setting("client-id");
  }

  public Optional<String> clientSecret() {
    return setting("client-secret");
  }

  /** Which token claim carries the Sigilo role codes (a list of strings, or one string). */
  public String rolesClaim() {
    return setting("roles-claim").orElse(DEFAULT_ROLES_CLAIM);
  }

  /**
   * The audience API clients' tokens must name; by default the portal's client id. (A token also
   * passes when it was issued to the portal's client itself: {@code azp}.)
   */
  public String audience() {
    return setting("audience").orElseGet(() -> clientId().orElse(""));
  }

  /** The provider's name on the sign-in button ("Sign in with ..."). */
  public String providerName() {
    return setting("provider-name").orElse(DEFAULT_PROVIDER_NAME);
  }

  public boolean isConfigured() {
    return issuer().isPresent() && clientId().isPresent() && clientSecret().isPresent();
  }

  /** {@code name} as system property {@code sigilo.oidc.name}, else {@code SIGILO_OIDC_NAME}. */
  static Optional<String> setting(String name) {
    String value = System.getProperty("sigilo.oidc." + name);
    if (value == null || value.isBlank()) {
      value =
          System.getenv("SIGILO_OIDC_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static String withoutTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

package org.sigilo.sso.web;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The configured OpenID Connect provider: its endpoints (from its discovery document, fetched on
 * first use and kept), its keys (fetched by nimbus, cached and refetched when the provider rotates
 * them) and the token endpoint's code exchange. Never contacted while single sign-on is off.
 */
@ApplicationScoped
public class OpenIdProvider {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @Inject SsoConfiguration configuration;

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private volatile Discovered discovered;

  /** What discovery found, and the verifier over the keys it names. */
  record Discovered(ProviderEndpoints endpoints, TokenVerifier verifier) {}

  /**
   * The provider's endpoints.
   *
   * @throws IllegalStateException the discovery document cannot be fetched or is not the issuer's
   */
  public ProviderEndpoints endpoints() {
    return discovered().endpoints();
  }

  public TokenVerifier verifier() {
    return discovered().verifier();
  }

  private Discovered discovered() {
    Discovered known = discovered;
    if (known == null) {
      synchronized (this) {
        known = discovered;
        if (known == null) {
          known = discover();
          discovered = known;
        }
      }
    }
    return known;
  }

  private Discovered discover() {
    String issuer = configuration.issuer().orElseThrow(() -> new IllegalStateException("no SSO"));
    JsonObject document =
        getJson(URI.create(issuer + "/.well-known/openid-configuration"), "discovery document");
    // OpenID Connect Discovery 1.0, 4.3: the issuer in the document must be the one configured
    if (!issuer.equals(document.getString("issuer", ""))) {
      throw new IllegalStateException(
          "The provider's discovery document names issuer "
              + document.getString("issuer", "(none)")
              + ", not the configured "
              + issuer);
    }
    ProviderEndpoints endpoints =
        new ProviderEndpoints(
            document.getString("authorization_endpoint"),
            document.getString("token_endpoint"),
            document.getString("end_session_endpoint", null),
            document.getString("jwks_uri"));
    JWKSource<SecurityContext> keys;
    try {
      keys =
          JWKSourceBuilder.create(
                  URI.create(endpoints.jwksUri()).toURL(),
                  new DefaultResourceRetriever(
                      (int) TIMEOUT.toMillis(), (int) TIMEOUT.toMillis(), 512 * 1024))
              .retrying(true)
              .build();
    } catch (MalformedURLException e) {
      throw new IllegalStateException("The provider's jwks_uri is not a URL", e);
    }
    return new Discovered(
        endpoints,
        new TokenVerifier(
            issuer,
            configuration.clientId().orElseThrow(),
            configuration.audience(),
            configuration.rolesClaim(),
            keys));
  }

  /**
   * Exchanges an authorization code for tokens (client_secret_basic, with the PKCE verifier).
   *
   * @return the token response's {@code id_token}
   * @throws IllegalStateException the provider refuses or cannot be reached
   */
  public String exchangeCode(String code, String redirectUri, String codeVerifier) {
    String form =
        form(
            Map.of(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", redirectUri,
                "code_verifier", codeVerifier));
    // RFC 6749, 2.3.1: id and secret are form-encoded before they are Base64'd together
    String client =
        URLEncoder.encode(configuration.clientId().orElseThrow(), StandardCharsets.UTF_8)
            + ":"
            + URLEncoder.encode(configuration.clientSecret().orElseThrow(), StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoints().tokenEndpoint()))
            .timeout(TIMEOUT)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(client.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response = send(request, "token endpoint");
    JsonObject tokens = parse(response.body(), "token response");
    if (response.statusCode() != 200 || !tokens.containsKey("id_token")) {
      throw new IllegalStateException(
          "The token endpoint answered "
              + response.statusCode()
              + " "
              + tokens.getString("error", "")
              + " "
              + tokens.getString("error_description", ""));
    }
    return tokens.getString("id_token");
  }

  static String form(Map<String, String> fields) {
    return fields.entrySet().stream()
        .map(
            field ->
                URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8)
                    + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  private JsonObject getJson(URI uri, String what) {
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri)
                .timeout(TIMEOUT)
                .header("Accept", "application/json")
                .GET()
                .build(),
            what);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "The provider's " + what + " answered " + response.statusCode() + ": " + uri);
    }
    return parse(response.body(), what);
  }

  private HttpResponse<String> send(HttpRequest request, String what) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot reach the provider's " + what, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted asking the provider's " + what, e);
    }
  }

  private static JsonObject parse(String body, String what) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new IllegalStateException("The provider's " + what + " is not a JSON object", e);
    }
  }
}

package org.sigilo.it;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-less portal visitor: keeps cookies, posts Faces forms with their ViewState. */
public final class PortalSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private final HttpClient client =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String baseUrl;

  /** A visitor of the suite's server. */
  public PortalSession() {
    this(SigiloHttp.baseUrl());
  }

  /** A visitor of another server ({@code http://host:port/sigilo}). */
  public PortalSession(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET().build());
  }

  public HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Signs in through the login form; answers the POST's response (a redirect when it worked). */
  public HttpResponse<String> signIn(String username, String password) {
    HttpResponse<String> loginPage = get("/login.xhtml");
    return post(
        "/login.xhtml",
        Map.of(
            "login-form",
            "login-form",
            "login-form:from",
            "",
            "login-form:username",
            username,
            "login-form:password",
            password,
            "login-form:sign-in",
            "",
            "jakarta.faces.ViewState",
            viewState(loginPage.body())));
  }

  public static String viewState(String html) {
    Matcher matcher = VIEW_STATE.matcher(html);
    if (!matcher.find()) {
      throw new AssertionError("No Faces ViewState in page:\n" + html);
    }
    return matcher.group(1);
  }

  public HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}

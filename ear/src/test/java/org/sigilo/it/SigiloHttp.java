package org.sigilo.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Plain HTTP against the test server: base address, Basic-authenticated GETs, JSON. */
public final class SigiloHttp {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private SigiloHttp() {}

  /** {@code http://127.0.0.1:<8080 + offset>/sigilo}, from the failsafe execution. */
  public static String baseUrl() {
    String url = System.getProperty("sigilo.it.base-url");
    if (url == null) {
      throw new IllegalStateException(
          "sigilo.it.base-url is not set: run the tests with mvn verify");
    }
    return url;
  }

  public static HttpResponse<String> get(String path, String authorization) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(60)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request.build());
  }

  public static HttpResponse<String> get(String path, DemoUser user) {
    return get(path, user == null ? null : user.basicAuthorization());
  }

  /** POSTs {@code json} (sent as is, so tests can send broken JSON too). */
  public static HttpResponse<String> post(String path, DemoUser user, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (user != null) {
      request.header("Authorization", user.basicAuthorization());
    }
    return send(request.build());
  }

  public static HttpResponse<String> send(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonObject object(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static JsonArray array(HttpResponse<String> response) {
    try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }

  /** Newest audit events first, read as the demo auditor. */
  public static JsonArray newestAuditEvents(int max) {
    HttpResponse<String> response = get("/api/audit/events?max=" + max, DemoUser.AUDITOR);
    if (response.statusCode() != 200) {
      throw new IllegalStateException(
          "Reading the audit trail failed: " + response.statusCode() + " " + response.body());
    }
    return array(response);
  }
}

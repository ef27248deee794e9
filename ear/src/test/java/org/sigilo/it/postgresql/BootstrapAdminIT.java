package org.sigilo.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigilo.it.SigiloHttp;

/**
 * A new organization's first start on PostgreSQL, as the README tells it: no demo users, {@code
 * SIGILO_BOOTSTRAP_ADMIN} names the first admin, and without a configured password a one-time one
 * is printed once in the log. That admin can do nothing but change the password, then manages
 * people. Runs on a server and database of its own ({@value #DATABASE}): the suite's shared server
 * has demo users, whose admin means no bootstrap ever happens there.
 */
class BootstrapAdminIT {

  static final String DATABASE = "sigilo_bootstrap";
  static final String ADMIN = "first-admin";
  static final Pattern ONE_TIME_PASSWORD =
      Pattern.compile(
          "Created the first admin " + ADMIN + " with the one-time setup password (\\S+)");

  private static OwnServer own;

  @BeforeAll
  static void freshServerWithoutDemoUsers() throws Exception {
    if (OwnServer.inH2Suite()) {
      return; // the embedded database always has demo users
    }
    own = OwnServer.prepare("BootstrapAdminIT", "bootstrap", DATABASE);
    // the later -D wins: OwnServer turns demo users on for the other tests
    own.start(
        own.host() + ":" + own.port(),
        List.of("-Dsigilo.demo-users=false", "-Dsigilo.bootstrap-admin=" + ADMIN));
  }

  @AfterAll
  static void stopOwnServer() throws InterruptedException {
    if (own != null) {
      own.kill();
    }
  }

  @Test
  void theFirstAdminComesFromConfigurationAndMustChangeTheLoggedPasswordFirst() throws IOException {
    Assumptions.assumeFalse(
        OwnServer.inH2Suite(), "BootstrapAdminIT runs in the PostgreSQL suite only");
    String log = Files.readString(own.server().consoleLog(), StandardCharsets.ISO_8859_1);
    Matcher printed = ONE_TIME_PASSWORD.matcher(log);
    assertTrue(printed.find(), "the one-time setup password is printed in the log:\n" + tail(log));
    String oneTime = printed.group(1);
    assertEquals(
        1,
        ONE_TIME_PASSWORD.matcher(log).results().count(),
        "printed once, and only by the start that made it");

    HttpResponse<String> beforeChange = get("/api/users", ADMIN, oneTime);
    assertEquals(
        403,
        beforeChange.statusCode(),
        "nothing before the password change: " + beforeChange.body());
    assertTrue(
        beforeChange.body().contains("users/me/password"),
        "the refusal says how to go on: " + beforeChange.body());
    assertEquals(401, get("/api/users", "admin", "admin-demo").statusCode(), "no demo users");

    String chosen = "Copper kettle humming under 7 stars";
    HttpResponse<String> changed =
        post(
            "/api/users/me/password",
            ADMIN,
            oneTime,
            Json.createObjectBuilder()
                .add("currentPassword", oneTime)
                .add("newPassword", chosen)
                .build()
                .toString());
    assertEquals(204, changed.statusCode(), changed.body());

    assertEquals(
        401, get("/api/users", ADMIN, oneTime).statusCode(), "the one-time password is spent");
    HttpResponse<String> people = get("/api/users", ADMIN, chosen);
    assertEquals(200, people.statusCode(), people.body());
    JsonArray everyone = Json.createReader(new StringReader(people.body())).readArray();
    assertEquals(1, everyone.size(), "the first admin is the only account: " + everyone);
    JsonObject first = everyone.getJsonObject(0);
    assertEquals(ADMIN, first.getString("username"));
    assertTrue(first.getJsonArray("roles").toString().contains("admin"), first.toString());
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 4000));
  }

  private static HttpResponse<String> get(String path, String username, String password) {
    return SigiloHttp.send(request(path, username, password).GET().build());
  }

  private static HttpResponse<String> post(
      String path, String username, String password, String json) {
    return SigiloHttp.send(
        request(path, username, password)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static HttpRequest.Builder request(String path, String username, String password) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(own.server().baseUrl() + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", "Basic " + credentials);
  }
}

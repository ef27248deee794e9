package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-in and the API under attack (issue #14): the throttle before the password hash, explicit
 * credentials for changes through the API, the headers, forged view states, strict JSON and the
 * data directory's permissions. Attackers send from their own loopback addresses ({@link
 * FromAddress}), so that the rest of the suite, signing in from 127.0.0.1, is not slowed by them.
 */
@ExtendWith(ArquillianExtension.class)
class SignInHardeningIT {

  private static final String CHECKED = "Wrong user name or password";
  private static final String THROTTLED = "Too many failed sign-ins";

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  @Test
  void fortyParallelWrongPasswordsGetAtMostFiveCheckedAndTheRealUserSignsInElsewhere()
      throws Exception {
    FromAddress attacker = new FromAddress("127.0.0.3");
    int attempts = 40;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    List<FromAddress.Answer> answers = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<FromAddress.Answer>> sent = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        String guess = "guess-" + i;
        sent.add(
            pool.submit(
                () -> {
                  start.await();
                  return attacker.get("/api/calls?size=1", DemoUser.basic("legal", guess));
                }));
      }
      start.countDown();
      for (Future<FromAddress.Answer> answer : sent) {
        answers.add(answer.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    long checked = answers.stream().filter(a -> a.body().contains(CHECKED)).count();
    long throttled = answers.stream().filter(a -> a.body().contains(THROTTLED)).count();
    assertTrue(answers.stream().allMatch(a -> a.status() == 401), answers.toString());
    assertTrue(checked >= 1 && checked <= 5, checked + " of 40 were checked");
    assertEquals(attempts, checked + throttled, answers.toString());
    assertTrue(
        answers.stream()
            .filter(a -> a.body().contains(THROTTLED))
            .allMatch(a -> a.headers().containsKey("retry-after")),
        "a throttled answer says when to try again");

    List<JsonObject> events = auditEventsFor("legal");
    long audited =
        events.stream()
            .filter(e -> e.getString("action").equals("login-failed"))
            .filter(e -> e.getString("details", "").endsWith("from 127.0.0.3"))
            .count();
    assertEquals(checked, audited, "every checked attempt, and only those, is a login-failed");
    assertTrue(
        events.stream().anyMatch(e -> e.getString("action").equals("login-throttled")),
        "the throttling is audited");

    // the real user, from their own address, is not locked out by the attack
    assertEquals(302, new PortalSession().signIn("legal", "legal-demo").statusCode());
    assertEquals(
        200,
        new FromAddress("127.0.0.2")
            .get("/api/calls?size=1", DemoUser.basic("legal", "legal-demo"))
            .status());
  }

  @Test
  void verifiedApiCredentialsKeepWorkingWhileTheirUserNameIsAttacked() {
    FromAddress shared = new FromAddress("127.0.0.4");
    String right = DemoUser.basic("auditor", "auditor-demo");
    assertEquals(200, shared.get("/api/audit/verification", right).status());
    FromAddress.Answer last = null;
    for (int i = 0; i < 8; i++) {
      last = shared.get("/api/audit/verification", DemoUser.basic("auditor", "wrong-" + i));
      assertEquals(401, last.status());
    }
    assertTrue(last.body().contains(THROTTLED), last.body());
    assertEquals(
        200,
        shared.get("/api/audit/verification", right).status(),
        "credentials verified before the attack still pass, from the very same address");
  }

  @Test
  void oneAddressTryingManyNamesIsThrottledBeforeHashingAndOverlongNamesCount() {
    FromAddress attacker = new FromAddress("127.0.0.6");
    String overlong = "x".repeat(65);
    int free = 30;
    for (int i = 0; i < free; i++) {
      String name = i % 2 == 0 ? overlong + i : "nobody-" + UUID.randomUUID();
      FromAddress.Answer answer = attacker.get("/api/calls?size=1", DemoUser.basic(name, "x"));
      assertTrue(answer.body().contains(CHECKED), i + ": " + answer.body());
    }
    FromAddress.Answer next = attacker.get("/api/calls?size=1", DemoUser.basic("nobody-else", "x"));
    assertEquals(401, next.status());
    assertTrue(next.body().contains(THROTTLED), next.body());
    assertEquals(
        200, SigiloHttp.get("/api/calls?size=1", DemoUser.AGENT).statusCode(), "others go on");
  }

  @Test
  void theSessionCookieAloneCannotChangeAnythingThroughTheApi() {
    PortalSession admin = new PortalSession();
    assertEquals(302, admin.signIn("admin", "admin-demo").statusCode());
    String origin = origin();

    HttpResponse<String> foreign =
        admin.send(
            request("/api/keys/master-key-rotation")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://attacker.example")
                .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                .build());
    assertEquals(401, foreign.statusCode(), foreign.body());
    assertTrue(foreign.body().contains("Authorization header"), foreign.body());

    HttpResponse<String> sameOriginWithoutToken =
        admin.send(
            request("/api/jobs/987654321/stop")
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertEquals(401, sameOriginWithoutToken.statusCode());

    String token = csrfToken(admin.get("/index.xhtml").body());
    HttpResponse<String> portalScript =
        admin.send(
            request("/api/jobs/987654321/stop")
                .header("Content-Type", "application/json")
                .header("Origin", origin)
                .header("X-Sigilo-CSRF", token)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertEquals(404, portalScript.statusCode(), "past sign-in: " + portalScript.body());

    HttpResponse<String> foreignWithToken =
        admin.send(
            request("/api/jobs/987654321/stop")
                .header("Content-Type", "application/json")
                .header("Origin", "http://attacker.example")
                .header("X-Sigilo-CSRF", token)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());
    assertEquals(401, foreignWithToken.statusCode());

    assertEquals(200, admin.get("/api/jobs").statusCode(), "reading with the cookie still works");

    HttpResponse<String> formWithCredentials =
        SigiloHttp.send(
            request("/api/keys/master-key-rotation")
                .header("Authorization", DemoUser.ADMIN.basicAuthorization())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("x=1"))
                .build());
    assertEquals(415, formWithCredentials.statusCode(), "a body-less endpoint takes no form");
  }

  @Test
  void pagesApiAnswersAndErrorPagesCarryTheSecurityHeaders() {
    PortalSession agent = new PortalSession();
    assertEquals(302, agent.signIn("agent", "agent-demo").statusCode());
    List<HttpResponse<String>> answers =
        List.of(
            new PortalSession().get("/login.xhtml"),
            agent.get("/no-such-page.xhtml"),
            SigiloHttp.get("/api/calls", (String) null),
            SigiloHttp.get("/api/no-such-thing", DemoUser.ADMIN));
    List<Integer> statuses = answers.stream().map(HttpResponse::statusCode).toList();
    assertEquals(List.of(200, 404, 401, 404), statuses);
    for (HttpResponse<String> answer : answers) {
      String policy = answer.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(policy.contains("frame-ancestors 'none'"), answer.uri() + ": " + policy);
      assertTrue(policy.contains("default-src 'self'"), policy);
      assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null));
      assertTrue(
          answer.headers().firstValue("Strict-Transport-Security").isEmpty(),
          "HSTS only over HTTPS");
    }
  }

  @Test
  void overHttpsTheSessionCookieIsSecureAndBrowsersAreToldToStay() throws Exception {
    // WildFly's default HTTPS listener (self-signed) sits 363 ports above HTTP (8443 vs 8080)
    URI base = URI.create(SigiloHttp.baseUrl());
    URI https =
        URI.create(
            "https://" + base.getHost() + ":" + (base.getPort() + 363) + "/sigilo/login.xhtml");
    HttpsURLConnection connection = (HttpsURLConnection) https.toURL().openConnection();
    SSLContext trustingAll = SSLContext.getInstance("TLS");
    trustingAll.init(null, new TrustManager[] {new TrustingAll()}, null);
    connection.setSSLSocketFactory(trustingAll.getSocketFactory());
    connection.setHostnameVerifier((host, session) -> true); // the test server's own certificate
    try {
      assertEquals(200, connection.getResponseCode());
      assertEquals("max-age=31536000", connection.getHeaderField("Strict-Transport-Security"));
      String cookie = connection.getHeaderField("Set-Cookie");
      assertNotNull(cookie);
      assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"), cookie);
      assertTrue(
          connection.getHeaderField("Content-Security-Policy").contains("frame-ancestors 'none'"));
    } finally {
      connection.disconnect();
    }
    String plainCookie =
        new PortalSession().get("/login.xhtml").headers().firstValue("Set-Cookie").orElseThrow();
    assertFalse(
        plainCookie.toLowerCase(java.util.Locale.ROOT).contains("secure"),
        "over plain HTTP the browser would drop a Secure cookie: " + plainCookie);
  }

  /** Accepts the test server's self-signed certificate; only ever used against it. */
  private static final class TrustingAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  @Test
  void aForgedOrExpiredViewStateGetsTheExpiredPageWithoutAStackTraceInTheLog() throws IOException {
    Path log = Path.of(System.getProperty("sigilo.it.jboss.home"), "standalone/log/server.log");
    long tracesBefore = countLines(log, "ViewExpiredException");
    PortalSession admin = new PortalSession();
    assertEquals(302, admin.signIn("admin", "admin-demo").statusCode());
    for (String forged : List.of("-1234567890:987654321", "not-a-view-state")) {
      HttpResponse<String> answer =
          admin.post(
              "/index.xhtml",
              Map.of(
                  "logout-form", "logout-form",
                  "logout-form:logout", "Sign out",
                  "jakarta.faces.ViewState", forged));
      assertEquals(200, answer.statusCode(), forged + ": " + answer.body());
      assertTrue(answer.body().contains("This page has expired"), answer.body());
      assertTrue(answer.headers().firstValue("Content-Security-Policy").isPresent(), "headers too");
    }
    assertEquals(200, admin.get("/index.xhtml").statusCode(), "still signed in");
    assertEquals(tracesBefore, countLines(log, "ViewExpiredException"), "nothing logged");
  }

  @Test
  void jsonOfTheWrongKindIsRefusedNamingTheField() {
    assertRefused(
        SigiloHttp.post(
            "/api/schedules",
            DemoUser.RECORDS_MANAGER,
            "{\"recordClass\": 7, \"period\": \"P1Y\", \"triggerEvent\": \"call\","
                + " \"disposition\": \"DESTROY\"}"),
        "recordClass");
    assertRefused(
        SigiloHttp.post(
            "/api/schedules",
            DemoUser.RECORDS_MANAGER,
            "{\"recordClass\": \"x\", \"twoPersonRule\": \"yes\"}"),
        "twoPersonRule");
    assertRefused(
        SigiloHttp.post(
            "/api/holds",
            DemoUser.LEGAL,
            "{\"matter\": \"M-1\", \"reason\": \"r\", \"recordIds\": [1, 2.5]}"),
        "recordIds[1]");
    assertRefused(
        SigiloHttp.post(
            "/api/record-classes",
            DemoUser.RECORDS_MANAGER,
            "{\"code\": \"nul\\u0000led\", \"name\": \"x\"}"),
        "code");
  }

  private static void assertRefused(HttpResponse<String> response, String field) {
    assertEquals(400, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    String detail = SigiloHttp.object(response).getString("detail");
    assertTrue(detail.contains("field " + field + " "), detail);
  }

  @Test
  void theDataDirectoryIsTheServersAlone() throws IOException {
    Matcher data = Pattern.compile("-Dsigilo\\.data\\.dir=(\\S+)").matcher(vmArguments());
    assertTrue(data.find(), "the test server's data directory");
    Path directory = Path.of(data.group(1));
    assertEquals("rwx------", permissions(directory));
    try (Stream<Path> files = Files.walk(directory)) {
      List<Path> sigilos =
          files
              .filter(
                  p ->
                      p.getFileName().toString().endsWith(".mv.db")
                          || p.getFileName().toString().endsWith(".p12")
                          || p.getParent().getFileName().toString().equals("archive"))
              .filter(Files::isRegularFile)
              .toList();
      assertFalse(sigilos.isEmpty(), "a database or keystore file in " + directory);
      for (Path file : sigilos) {
        assertEquals("rw-------", permissions(file), file.toString());
      }
    }
  }

  private static String vmArguments() {
    String arguments = System.getProperty("sigilo.it.vm.args");
    assertNotNull(arguments, "sigilo.it.vm.args");
    return arguments;
  }

  private static String permissions(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  private static long countLines(Path file, String text) throws IOException {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.filter(line -> line.contains(text)).count();
    }
  }

  private static List<JsonObject> auditEventsFor(String actor) {
    return SigiloHttp.newestAuditEvents(500).stream()
        .map(JsonObject.class::cast)
        .filter(e -> e.getString("actor").equals(actor))
        .toList();
  }

  private static HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(SigiloHttp.baseUrl() + path));
  }

  private static String origin() {
    URI base = URI.create(SigiloHttp.baseUrl());
    return base.getScheme() + "://" + base.getHost() + ":" + base.getPort();
  }

  private static String csrfToken(String html) {
    Matcher matcher =
        Pattern.compile("name=\"sigilo-csrf\" content=\"([0-9a-f]{64})\"").matcher(html);
    assertTrue(matcher.find(), "the page hands its scripts the token");
    return matcher.group(1);
  }
}

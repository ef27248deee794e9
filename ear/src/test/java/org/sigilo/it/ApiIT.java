package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sigilo.it.SigiloHttp.get;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sigilo.platform.i18n.Messages;

/** The JSON API from the outside: who may call what, errors as problem documents, health. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

  private static final EnumSet<DemoUser> AUDIT_READERS =
      EnumSet.of(DemoUser.AUDITOR, DemoUser.ADMIN);

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  @Test
  void healthIsOpenWithoutSigningInAndReportsDatabaseAndBatchRuntimeUp() {
    HttpResponse<String> response = get("/api/health", (String) null);
    assertEquals(200, response.statusCode(), response.body());
    JsonObject health = SigiloHttp.object(response);
    assertEquals("UP", health.getString("status"));
    assertEquals("UP", health.getString("database"));
    assertEquals("UP", health.getString("batchRuntime"));
  }

  @Test
  void theOpenApiDocumentIsServedWithoutSigningIn() {
    HttpResponse<String> response = get("/api/openapi", (String) null);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().startsWith("openapi: 3"), response.body());
    assertTrue(response.body().contains("/calls/{id}/reveal:"));
  }

  @Test
  void apiWithoutCredentialsAnswers401WithABasicChallengeNotTheLoginPage() {
    HttpResponse<String> response = get("/api/audit/verification", (String) null);
    assertEquals(401, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("WWW-Authenticate")
            .orElse("")
            .startsWith("Basic realm=\"Sigilo\""));
    assertProblemDocument(response, 401);
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void onlyAuditorsAndAdminsReadAndVerifyTheAuditTrail(DemoUser user) {
    for (String path : new String[] {"/api/audit/verification", "/api/audit/events"}) {
      HttpResponse<String> response = get(path, user);
      if (AUDIT_READERS.contains(user)) {
        assertEquals(200, response.statusCode(), path + " as " + user + ": " + response.body());
      } else {
        assertProblemDocument(response, 403);
        assertTrue(SigiloHttp.object(response).getString("detail").contains("role"), path);
      }
    }
  }

  @Test
  void apiCallsDoNotOpenSessions() {
    HttpResponse<String> response = get("/api/audit/events?max=1", DemoUser.ADMIN);
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), response.headers().toString());
  }

  @Test
  void aRefusedSignInIsExplainedInTheLanguageTheRequestAsksFor() {
    // a user name nobody has, so that no real account collects failed sign-ins
    String authorization = DemoUser.basic("nobody-" + UUID.randomUUID(), "guess");
    HttpResponse<String> english = get("/api/audit/events", authorization);
    assertEquals(401, english.statusCode());
    assertEquals("Wrong user name or password.", SigiloHttp.object(english).getString("detail"));
    assertEquals("en", english.headers().firstValue("Content-Language").orElse(null));

    HttpResponse<String> spanish =
        SigiloHttp.send(
            HttpRequest.newBuilder(URI.create(SigiloHttp.baseUrl() + "/api/audit/events"))
                .header("Authorization", authorization)
                .header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5")
                .GET()
                .build());
    assertEquals(401, spanish.statusCode());
    assertEquals(
        Messages.text(Locale.forLanguageTag("es"), "problem.api.wrong-credentials"),
        SigiloHttp.object(spanish).getString("detail"));
    assertEquals("es", spanish.headers().firstValue("Content-Language").orElse(null));
  }

  @Test
  void wrongPasswordIsRefusedAndAudited() {
    String who = "agent";
    String wrong = "not-the-password-" + UUID.randomUUID();
    HttpResponse<String> response = get("/api/audit/events", DemoUser.basic(who, wrong));
    assertEquals(401, response.statusCode());

    JsonObject newest =
        SigiloHttp.newestAuditEvents(5).stream()
            .map(JsonObject.class::cast)
            .filter(event -> event.getString("action").equals("login-failed"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no login-failed event in the newest five"));
    assertEquals(who, newest.getString("actor"));
    assertEquals("api", newest.getString("target"));
    assertEquals("FAILURE", newest.getString("outcome"));
    assertTrue(
        !newest.toString().contains(wrong), "the audit trail must never hold the typed password");
  }

  @Test
  void passwordGuessingIsCutOffAfterFiveFailuresAndAudited() {
    String guessed = "guessed-" + UUID.randomUUID().toString().substring(0, 8);
    for (int i = 0; i < 5; i++) {
      assertEquals(
          401, get("/api/audit/events", DemoUser.basic(guessed, "guess-" + i)).statusCode());
    }
    HttpResponse<String> blocked = get("/api/audit/events", DemoUser.basic(guessed, "guess-5"));
    assertProblemDocument(blocked, 401);
    assertTrue(SigiloHttp.object(blocked).getString("detail").contains("Too many failed sign-ins"));
    JsonObject newest = SigiloHttp.newestAuditEvents(1).getJsonObject(0);
    assertEquals(guessed, newest.getString("actor"));
    assertEquals("login-throttled", newest.getString("action"));
  }

  @Test
  void anUntouchedAuditTrailVerifiesIntact() {
    JsonObject verification = SigiloHttp.object(get("/api/audit/verification", DemoUser.AUDITOR));
    assertTrue(verification.getBoolean("intact"), verification.toString());
    assertTrue(
        verification.getJsonNumber("eventsChecked").longValue() >= 5, verification.toString());
  }

  @Test
  void unknownAddressesAnswerWithAProblemDocument() {
    HttpResponse<String> response = get("/api/no-such-thing", DemoUser.ADMIN);
    assertProblemDocument(response, 404);
    assertTrue(
        !response.body().contains("Caused by") && !response.body().contains(".java:"),
        response.body());
  }

  /** The response has {@code status} and says why in an RFC 9457 problem document. */
  @Test
  void aParameterGivenTwiceIsRefusedAndStartsNothing() {
    long before = newestExecution();
    HttpResponse<String> response =
        SigiloHttp.post("/api/jobs/records-destruction?listId=2&listId=999999", DemoUser.LEGAL, "");
    assertProblemDocument(response, 400);
    assertEquals(
        "The parameter listId was given 2 times: give it once.",
        SigiloHttp.object(response).getString("detail"));
    assertEquals(before, newestExecution(), "no job was started");
  }

  private static long newestExecution() {
    var executions = SigiloHttp.array(get("/api/jobs", DemoUser.LEGAL));
    return executions.isEmpty()
        ? -1
        : executions.getJsonObject(0).getJsonNumber("executionId").longValue();
  }

  private static void assertProblemDocument(HttpResponse<String> response, int status) {
    assertEquals(status, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"),
        response.headers().toString());
    JsonObject problem = SigiloHttp.object(response);
    assertEquals(status, problem.getInt("status"));
    assertTrue(!problem.getString("detail").isBlank());
  }
}

package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sigilo.it.SigiloHttp.get;
import static org.sigilo.it.SigiloHttp.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code /api/calls} from the outside: who may do what, and bad input of every kind. */
@ExtendWith(ArquillianExtension.class)
class CallsApiIT {

  private static final EnumSet<DemoUser> READERS =
      EnumSet.of(
          DemoUser.AGENT,
          DemoUser.RECORDS_MANAGER,
          DemoUser.LEGAL,
          DemoUser.AUDITOR,
          DemoUser.RECORDS_AND_LEGAL);

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  private static JsonObject document(JsonObjectBuilder call) {
    HttpResponse<String> response = post("/api/calls", DemoUser.AGENT, call.build().toString());
    assertEquals(201, response.statusCode(), response.body());
    assertTrue(response.headers().firstValue("Location").orElse("").contains("/api/calls/"));
    return SigiloHttp.object(response);
  }

  private static void assertBadRequest(HttpResponse<String> response, String expectedText) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response
            .headers()
            .firstValue("Content-Type")
            .orElse("")
            .startsWith("application/problem+json"));
    assertTrue(response.body().contains(expectedText), response.body());
    assertFalse(response.body().contains("Exception"), response.body());
  }

  @Test
  void anAgentDocumentsACallAndSeesItMasked() {
    JsonObject call = document(SampleCalls.validCall("Wants to refinance"));
    assertEquals("agent", call.getString("agent"));
    assertFalse(call.containsKey("summary"), "confidential content is never in the metadata view");
    JsonObject read =
        SigiloHttp.object(get("/api/calls/" + call.getJsonNumber("id"), DemoUser.AGENT));
    assertEquals(call.getString("customerReference"), read.getString("customerReference"));
    assertEquals("SECURE_MESSAGE", read.getString("secureChannelRedirection"));
  }

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void everyRoleMeetsTheCallEndpointsRules(DemoUser user) throws Exception {
    long id = document(SampleCalls.validCall("Role matrix")).getJsonNumber("id").longValue();
    int expectedRead = READERS.contains(user) ? 200 : 403;
    assertEquals(expectedRead, get("/api/calls/" + id, user).statusCode(), "GET one as " + user);
    assertEquals(expectedRead, get("/api/calls", user).statusCode(), "GET list as " + user);
    String reason = "{\"reason\":\"Customer complaint review " + user + "\"}";
    assertEquals(
        expectedRead,
        post("/api/calls/" + id + "/reveal", user, reason).statusCode(),
        "reveal as " + user);
    String attachment =
        SigiloHttp.object(
                AttachmentsApiIT.upload(
                    id, DemoUser.AGENT, "notes.txt", "text/plain", new byte[] {1, 2, 3}))
            .getString("id");
    assertEquals(
        expectedRead,
        get("/api/calls/" + id + "/attachments", user).statusCode(),
        "list attachments as " + user);
    assertEquals(
        expectedRead,
        AttachmentsApiIT.download(id, attachment, user, "Checking the export " + user).statusCode(),
        "download as " + user);
    assertEquals(
        user == DemoUser.AGENT ? 201 : 403,
        AttachmentsApiIT.upload(id, user, "more.txt", "text/plain", new byte[] {4}).statusCode(),
        "attach as " + user);
    int expectedCreate = user == DemoUser.AGENT ? 201 : 403;
    assertEquals(
        expectedCreate,
        post("/api/calls", user, SampleCalls.validCall("by " + user).build().toString())
            .statusCode(),
        "POST as " + user);
    if (user != DemoUser.AGENT) {
      JsonObject denial =
          SigiloHttp.newestAuditEvents(3).stream()
              .map(JsonObject.class::cast)
              .filter(e -> e.getString("action").equals("access-denied"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("refusal of " + user + " not audited"));
      assertEquals(user.username(), denial.getString("actor"));
      assertEquals("api:POST /calls", denial.getString("target"));
    }
  }

  @Test
  void revealingNeedsAReasonAndIsAudited() {
    long id =
        document(SampleCalls.validCall("Medical detail inside")).getJsonNumber("id").longValue();
    assertBadRequest(post("/api/calls/" + id + "/reveal", DemoUser.AUDITOR, "{}"), "State why");
    assertBadRequest(
        post("/api/calls/" + id + "/reveal", DemoUser.AUDITOR, "{\"reason\":\"because\"}"),
        "State why");

    String reason = "Regulator query REF-" + UUID.randomUUID();
    HttpResponse<String> revealed =
        post(
            "/api/calls/" + id + "/reveal",
            DemoUser.AUDITOR,
            Json.createObjectBuilder().add("reason", reason).build().toString());
    assertEquals(200, revealed.statusCode(), revealed.body());
    JsonObject content = SigiloHttp.object(revealed);
    assertEquals("Medical detail inside", content.getString("summary"));
    assertEquals("+34 600 000 000", content.getString("customerContact"));

    JsonObject event =
        SigiloHttp.newestAuditEvents(5).stream()
            .map(JsonObject.class::cast)
            .filter(e -> e.getString("action").equals("call-content-revealed"))
            .findFirst()
            .orElseThrow();
    assertEquals("auditor", event.getString("actor"));
    assertEquals("call:" + id, event.getString("target"));
    assertTrue(event.getString("details").contains(reason));
    assertFalse(
        event.toString().contains("Medical detail inside"), "no content in the audit trail");
  }

  @Test
  void theSecureEnvironmentChecklistIsPartOfTheCallAndAnUnmetItemNeedsAReason() {
    JsonObjectBuilder noChecklist =
        SampleCalls.validCall("No checklist").remove("secureEnvironment");
    assertBadRequest(
        post("/api/calls", DemoUser.AGENT, noChecklist.build().toString()),
        "Go through the secure-environment checklist first");
    JsonObjectBuilder unexplained =
        SampleCalls.validCall("Overheard?")
            .add("secureEnvironment", SampleCalls.secureEnvironment().add("privatePlace", false));
    assertBadRequest(
        post("/api/calls", DemoUser.AGENT, unexplained.build().toString()),
        "not confirmed: say why");

    JsonObject call =
        document(
            SampleCalls.validCall("Explained")
                .add(
                    "secureEnvironment",
                    SampleCalls.secureEnvironment()
                        .add("privatePlace", false)
                        .add("exceptionReason", "Open-plan office; headset and low voice")));
    JsonObject environment =
        SigiloHttp.object(get("/api/calls/" + call.getJsonNumber("id"), DemoUser.RECORDS_MANAGER))
            .getJsonObject("secureEnvironment");
    assertFalse(environment.getBoolean("privatePlace"));
    assertTrue(environment.getBoolean("encryptedConnection"));
    assertEquals(
        "Open-plan office; headset and low voice", environment.getString("exceptionReason"));
  }

  @Test
  void aSensitiveCategoryWithoutConsentIsRefusedAndNothingIsStored() {
    String customer = "NOCONSENT-" + UUID.randomUUID().toString().substring(0, 8);
    JsonObjectBuilder call =
        SampleCalls.validCall("No consent")
            .add("customerReference", customer)
            .add(
                "consent",
                Json.createObjectBuilder()
                    .add("categories", Json.createArrayBuilder())
                    .add("howAsked", "Asked nothing"));
    assertBadRequest(
        post("/api/calls", DemoUser.AGENT, call.build().toString()),
        "needs the customer's consent");
    JsonObject page =
        SigiloHttp.object(get("/api/calls?customer=" + customer, DemoUser.RECORDS_MANAGER));
    assertEquals(0, page.getInt("total"));
  }

  @Test
  void masterKeyRotationLeavesEveryCallReadableAndIsForAdminsOnly() {
    long id =
        document(SampleCalls.validCall("Before the rotation")).getJsonNumber("id").longValue();
    assertEquals(403, post("/api/keys/master-key-rotation", DemoUser.AGENT, "").statusCode());
    HttpResponse<String> rotated = post("/api/keys/master-key-rotation", DemoUser.ADMIN, "");
    assertEquals(200, rotated.statusCode(), rotated.body());
    assertTrue(SigiloHttp.object(rotated).getString("currentMasterKey").startsWith("master-"));
    JsonObject content =
        SigiloHttp.object(
            post(
                "/api/calls/" + id + "/reveal",
                DemoUser.AUDITOR,
                "{\"reason\":\"After key rotation check\"}"));
    assertEquals("Before the rotation", content.getString("summary"));
  }

  @Test
  void badInputGetsAClearFourHundredNeverAFiveHundred() {
    assertBadRequest(post("/api/calls", DemoUser.AGENT, "{\"summary\": "), "not valid JSON");
    assertBadRequest(post("/api/calls", DemoUser.AGENT, "[1,2,3]"), "not valid JSON");
    assertBadRequest(
        post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("x").add("occurredAt", "yesterday").build().toString()),
        "not valid JSON");
    assertBadRequest(
        post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("x").add("direction", "SIDEWAYS").build().toString()),
        "not valid JSON");
    assertBadRequest(
        post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("x")
                .add("occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString())
                .build()
                .toString()),
        "cannot be in the future");
    assertBadRequest(
        post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("x".repeat(4001)).build().toString()),
        "at most 4000 characters");
    assertBadRequest(
        post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("x").add("recordClass", "no-such-class").build().toString()),
        "Unknown record class");
    assertBadRequest(get("/api/calls?from=last-week", DemoUser.AUDITOR), "ISO-8601");
    assertBadRequest(get("/api/calls?size=100000", DemoUser.AUDITOR), "calls per page");
    assertBadRequest(get("/api/calls?size=200&page=50", DemoUser.AUDITOR), "narrow the filter");
    HttpResponse<String> unknown = get("/api/calls/999999999999", DemoUser.AUDITOR);
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals(404, get("/api/calls/not-a-number", DemoUser.AUDITOR).statusCode());
  }

  @Test
  void scriptAndSqlInTextAreStoredAndReturnedInert() {
    String hostile = "<script>alert('x')</script>'; DROP TABLE call_record; --";
    long id = document(SampleCalls.validCall(hostile)).getJsonNumber("id").longValue();
    JsonObject content =
        SigiloHttp.object(
            post(
                "/api/calls/" + id + "/reveal",
                DemoUser.AGENT,
                "{\"reason\":\"Checking my own notes\"}"));
    assertEquals(hostile, content.getString("summary"), "stored exactly, as data");
    assertEquals(
        200, get("/api/calls/" + id, DemoUser.AGENT).statusCode(), "the table is still there");
  }

  @Test
  void listsArePagedAndFiltered() {
    JsonObject first = document(SampleCalls.validCall("Page one"));
    String customer = first.getString("customerReference");
    document(SampleCalls.validCall("Page two").add("customerReference", customer));
    document(SampleCalls.validCall("Page three").add("customerReference", customer));
    JsonObject page =
        SigiloHttp.object(
            get("/api/calls?customer=" + customer + "&size=2&page=0", DemoUser.AUDITOR));
    assertEquals(3, page.getInt("total"));
    assertTrue(page.getBoolean("totalExact"));
    assertEquals(2, page.getJsonArray("items").size());
    JsonObject second =
        SigiloHttp.object(
            get("/api/calls?customer=" + customer + "&size=2&page=1", DemoUser.AUDITOR));
    assertEquals(1, second.getJsonArray("items").size());
    JsonObject none =
        SigiloHttp.object(
            get("/api/calls?customer=" + customer + "&class=complaint", DemoUser.AUDITOR));
    assertEquals(0, none.getInt("total"));
  }
}

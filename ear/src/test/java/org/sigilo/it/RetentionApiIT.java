package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sigilo.it.SigiloHttp.get;
import static org.sigilo.it.SigiloHttp.post;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Retention over the REST API as its users meet it: schedules, events, holds and the review of a
 * disposition list, including the two-person rule, which no request can get around.
 *
 * <p>Test calls are from 1998 to 1999 and sweeps here list what was due by the end of 1999, so
 * these lists hold only these tests' records.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionApiIT {

  static final String CUT_OFF = "1999-12-31";

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  /** A new record class with a P1D schedule; answers its code. */
  static String classWithSchedule(boolean twoPersonRule) {
    return classWithSchedule(twoPersonRule, DemoUser.RECORDS_MANAGER);
  }

  static String classWithSchedule(boolean twoPersonRule, DemoUser recordsManager) {
    String code = "api-it-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> added =
        post(
            "/api/record-classes",
            recordsManager,
            Json.createObjectBuilder()
                .add("code", code)
                .add("name", "API test " + code)
                .build()
                .toString());
    assertEquals(201, added.statusCode(), added.body());
    HttpResponse<String> defined =
        post("/api/schedules", recordsManager, schedule(code, "P1D", twoPersonRule));
    assertEquals(201, defined.statusCode(), defined.body());
    return code;
  }

  static String schedule(String recordClass, String period, boolean twoPersonRule) {
    return Json.createObjectBuilder()
        .add("recordClass", recordClass)
        .add("period", period)
        .add("disposition", "DESTROY")
        .add("twoPersonRule", twoPersonRule)
        .add("authority", "Records Act 1999, s. 4")
        .build()
        .toString();
  }

  static long documentedCall(String recordClass, String occurredAt) {
    HttpResponse<String> created =
        post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("Retention API test")
                .add("recordClass", recordClass)
                .add("occurredAt", occurredAt)
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return SigiloHttp.object(created).getJsonNumber("id").longValue();
  }

  /** Runs a sweep to its end and answers the finished execution. */
  static JsonObject sweep(String cutOff) throws InterruptedException {
    HttpResponse<String> started =
        post("/api/jobs/retention-sweep?dueOnOrBefore=" + cutOff, DemoUser.RECORDS_MANAGER, "");
    assertEquals(202, started.statusCode(), started.body());
    String location = started.headers().firstValue("Location").orElseThrow();
    JsonObject run =
        SyntheticLoadIT.waitForTermination(
            location.substring(location.indexOf("/api/")), Duration.ofMinutes(3));
    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    return run;
  }

  @Test
  void theTwoPersonRuleCannotBeBypassedThroughTheApi() throws Exception {
    String twoPeople = classWithSchedule(true);
    long call = documentedCall(twoPeople, "1998-03-10T10:00:00Z");
    long list = sweep(CUT_OFF).getJsonNumber("dispositionListId").longValue();
    JsonObject items =
        SigiloHttp.object(get("/api/disposition-lists/" + list + "/items", DemoUser.AUDITOR));
    assertTrue(items.toString().contains("\"recordId\":" + call), items.toString());

    assertEquals(
        409,
        post("/api/disposition-lists/" + list + "/approval", DemoUser.LEGAL, "").statusCode(),
        "not submitted yet");
    assertEquals(
        403,
        post("/api/disposition-lists/" + list + "/submission", DemoUser.LEGAL, "").statusCode(),
        "legal alone does not submit");
    HttpResponse<String> submitted =
        post("/api/disposition-lists/" + list + "/submission", DemoUser.RECORDS_AND_LEGAL, "");
    assertEquals(200, submitted.statusCode(), submitted.body());
    assertTrue(SigiloHttp.object(submitted).getBoolean("twoPersonRule"));

    HttpResponse<String> selfApproval =
        post("/api/disposition-lists/" + list + "/approval", DemoUser.RECORDS_AND_LEGAL, "");
    assertEquals(403, selfApproval.statusCode(), selfApproval.body());
    assertTrue(
        SigiloHttp.object(selfApproval).getString("detail").contains("other than its submitter"),
        selfApproval.body());
    assertEquals(
        "SUBMITTED",
        SigiloHttp.object(get("/api/disposition-lists/" + list, DemoUser.AUDITOR))
            .getString("status"));
    JsonObject denied =
        SigiloHttp.newestAuditEvents(10).stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("action").equals("disposition-approval"))
            .findFirst()
            .orElseThrow();
    assertEquals("DENIED", denied.getString("outcome"));
    assertEquals("records-legal", denied.getString("actor"));

    HttpResponse<String> approved =
        post("/api/disposition-lists/" + list + "/approval", DemoUser.LEGAL, "");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", SigiloHttp.object(approved).getString("status"));
    assertEquals("legal", SigiloHttp.object(approved).getString("approvedBy"));
    assertEquals(
        409,
        post(
                "/api/disposition-lists/" + list + "/items/" + call + "/exclusion",
                DemoUser.RECORDS_MANAGER,
                "{\"reason\":\"Too late to change an approved list\"}")
            .statusCode(),
        "an approved list no longer changes");
  }

  @Test
  void withoutTheTwoPersonRuleTheSubmitterMayApprove() throws Exception {
    String onePerson = classWithSchedule(false);
    long call = documentedCall(onePerson, "1998-07-01T10:00:00Z");
    long list = sweep(CUT_OFF).getJsonNumber("dispositionListId").longValue();
    HttpResponse<String> excluded =
        post(
            "/api/disposition-lists/" + list + "/items/" + call + "/exclusion",
            DemoUser.RECORDS_MANAGER,
            "{\"reason\":\"short\"}");
    assertEquals(400, excluded.statusCode(), "a reason of a few characters is not enough");
    assertEquals(
        200,
        post("/api/disposition-lists/" + list + "/submission", DemoUser.RECORDS_AND_LEGAL, "")
            .statusCode());
    HttpResponse<String> approved =
        post("/api/disposition-lists/" + list + "/approval", DemoUser.RECORDS_AND_LEGAL, "");
    assertEquals(200, approved.statusCode(), approved.body());
    assertEquals("APPROVED", SigiloHttp.object(approved).getString("status"));
  }

  @Test
  void whoeverRelaxedTheTwoPersonRuleCannotBeTheSecondPersonItSpared() throws Exception {
    String recordClass = classWithSchedule(true, DemoUser.RECORDS_AND_LEGAL);
    HttpResponse<String> relaxed =
        post("/api/schedules", DemoUser.RECORDS_AND_LEGAL, schedule(recordClass, "P1D", false));
    assertEquals(201, relaxed.statusCode(), relaxed.body());
    documentedCall(recordClass, "1998-09-09T10:00:00Z");
    long list = sweep(CUT_OFF).getJsonNumber("dispositionListId").longValue();
    assertEquals(
        200,
        post("/api/disposition-lists/" + list + "/submission", DemoUser.RECORDS_AND_LEGAL, "")
            .statusCode());
    HttpResponse<String> selfApproval =
        post("/api/disposition-lists/" + list + "/approval", DemoUser.RECORDS_AND_LEGAL, "");
    assertEquals(403, selfApproval.statusCode(), selfApproval.body());
    assertEquals(
        200, post("/api/disposition-lists/" + list + "/approval", DemoUser.LEGAL, "").statusCode());
  }

  @Test
  void holdsPlacedAfterListingStopDestructionAndExclusionsComeUpAgain() throws Exception {
    String recordClass = classWithSchedule(false);
    long kept = documentedCall(recordClass, "1998-10-10T10:00:00Z");
    long heldLater = documentedCall(recordClass, "1998-10-10T10:00:00Z");
    long destroyed = documentedCall(recordClass, "1998-10-10T10:00:00Z");
    long first = sweep(CUT_OFF).getJsonNumber("dispositionListId").longValue();
    assertEquals("DESTROY", decisionOf(first, heldLater));
    assertEquals(
        200,
        post(
                "/api/disposition-lists/" + first + "/items/" + kept + "/exclusion",
                DemoUser.RECORDS_MANAGER,
                "{\"reason\":\"Complaint about this call still open\"}")
            .statusCode());
    assertEquals(
        200,
        post("/api/disposition-lists/" + first + "/submission", DemoUser.RECORDS_MANAGER, "")
            .statusCode());
    HttpResponse<String> hold =
        post(
            "/api/holds",
            DemoUser.LEGAL,
            "{\"matter\":\"Late matter\",\"reason\":\"Preserve after the list was made\","
                + "\"recordIds\":["
                + heldLater
                + "]}");
    assertEquals(201, hold.statusCode(), hold.body());
    assertEquals("HELD", decisionOf(first, heldLater), "the hold reaches the submitted list");
    assertEquals(
        200,
        post("/api/disposition-lists/" + first + "/approval", DemoUser.LEGAL, "").statusCode());
    assertEquals("HELD", decisionOf(first, heldLater), "approved without it");
    assertEquals("DESTROY", decisionOf(first, destroyed));

    long second = sweep(CUT_OFF).getJsonNumber("dispositionListId").longValue();
    assertEquals("DESTROY", decisionOf(second, kept), "the exclusion comes up for review again");
    assertEquals("HELD", decisionOf(second, heldLater));
    assertEquals(null, decisionOf(second, destroyed), "approved for destruction: not listed again");
    post(
        "/api/holds/" + SigiloHttp.object(hold).getJsonNumber("id") + "/release",
        DemoUser.LEGAL,
        "{\"reason\":\"The late matter is closed\"}");
  }

  /** The decision on a record on a list, or null when it is not on the list. */
  private static String decisionOf(long list, long record) {
    var items =
        SigiloHttp.object(
                get("/api/disposition-lists/" + list + "/items?size=200", DemoUser.AUDITOR))
            .getJsonArray("items");
    return items.stream()
        .map(JsonValue::asJsonObject)
        .filter(item -> item.getJsonNumber("recordId").longValue() == record)
        .map(item -> item.getString("decision"))
        .findFirst()
        .orElse(null);
  }

  @Test
  void schedulesAreVersionedAndBadDefinitionsSayWhatToWrite() {
    String recordClass = classWithSchedule(false);
    HttpResponse<String> second =
        post("/api/schedules", DemoUser.RECORDS_MANAGER, schedule(recordClass, "P7Y", false));
    assertEquals(201, second.statusCode(), second.body());
    assertEquals(2, SigiloHttp.object(second).getInt("version"));
    var versions =
        SigiloHttp.array(get("/api/schedules/" + recordClass + "/versions", DemoUser.LEGAL));
    assertEquals(2, versions.size());
    assertEquals("P7Y", versions.getJsonObject(0).getString("period"));
    assertEquals("P1D", versions.getJsonObject(1).getString("period"), "version 1 is kept");
    assertTrue(versions.getJsonObject(1).containsKey("supersededAt"));

    HttpResponse<String> bad =
        post("/api/schedules", DemoUser.RECORDS_MANAGER, schedule(recordClass, "7 years", false));
    assertEquals(400, bad.statusCode());
    assertTrue(bad.body().contains("P7Y"), bad.body());
    assertEquals(
        403,
        post("/api/schedules", DemoUser.LEGAL, schedule(recordClass, "P1Y", false)).statusCode());
  }

  @Test
  void holdsNeedAMatterAReasonAndAScopeAndAreReleasedOnce() {
    HttpResponse<String> empty = post("/api/holds", DemoUser.LEGAL, "{}");
    assertEquals(400, empty.statusCode());
    assertTrue(
        empty.body().contains("matter") && empty.body().contains("what the hold covers"),
        empty.body());
    HttpResponse<String> unknown =
        post(
            "/api/holds",
            DemoUser.LEGAL,
            "{\"matter\":\"Smith v Bank\",\"reason\":\"Court order of 3 May\",\"recordIds\":[999999999999]}");
    assertEquals(400, unknown.statusCode());
    assertTrue(unknown.body().contains("999999999999"), unknown.body());
    assertEquals(
        403,
        post(
                "/api/holds",
                DemoUser.RECORDS_MANAGER,
                "{\"matter\":\"x\",\"reason\":\"yyyyyyyyyyyy\",\"customerReference\":\"C1\"}")
            .statusCode(),
        "only legal places holds");

    HttpResponse<String> placed =
        post(
            "/api/holds",
            DemoUser.LEGAL,
            "{\"matter\":\"Smith v Bank\",\"reason\":\"Court order of 3 May\",\"customerReference\":\"SMITH-1\",\"occurredFrom\":\"1998-01-01\"}");
    assertEquals(201, placed.statusCode(), placed.body());
    long id = SigiloHttp.object(placed).getJsonNumber("id").longValue();
    assertEquals(
        "hold-placed", SigiloHttp.newestAuditEvents(1).getJsonObject(0).getString("action"));
    HttpResponse<String> released =
        post(
            "/api/holds/" + id + "/release",
            DemoUser.LEGAL,
            "{\"reason\":\"Case dismissed on appeal\"}");
    assertEquals(200, released.statusCode(), released.body());
    assertEquals(false, SigiloHttp.object(released).getBoolean("inForce"));
    assertEquals(
        409,
        post(
                "/api/holds/" + id + "/release",
                DemoUser.LEGAL,
                "{\"reason\":\"Case dismissed on appeal\"}")
            .statusCode());
  }

  @Test
  void eventsStartTheClockAndTheCallSaysWhenItIsDue() {
    HttpResponse<String> added = post("/api/schedules", DemoUser.RECORDS_MANAGER, "{}");
    assertEquals(400, added.statusCode());
    String recordClass = classWithSchedule(false);
    HttpResponse<String> eventSchedule =
        post(
            "/api/schedules",
            DemoUser.RECORDS_MANAGER,
            Json.createObjectBuilder()
                .add("recordClass", recordClass)
                .add("period", "P5Y")
                .add("triggerEvent", "account-closure")
                .add("disposition", "REVIEW")
                .add("authority", "Money Laundering Regulations, reg. 40")
                .build()
                .toString());
    assertEquals(201, eventSchedule.statusCode(), eventSchedule.body());
    long call = documentedCall(recordClass, "2020-02-29T10:00:00Z");
    JsonObject waiting =
        SigiloHttp.object(get("/api/calls/" + call + "/retention", DemoUser.AUDITOR));
    assertTrue(waiting.getString("explanation").contains("account-closure"), waiting.toString());
    assertTrue(!waiting.containsKey("dueOn") || waiting.isNull("dueOn"), waiting.toString());

    HttpResponse<String> recorded =
        post(
            "/api/calls/" + call + "/events",
            DemoUser.RECORDS_MANAGER,
            "{\"eventType\":\"account-closure\",\"occurredOn\":\"2024-02-29\"}");
    assertEquals(201, recorded.statusCode(), recorded.body());
    JsonObject due = SigiloHttp.object(get("/api/calls/" + call + "/retention", DemoUser.LEGAL));
    assertEquals("2029-02-28", due.getString("dueOn"), "five years from a leap day");
    assertEquals(2, due.getJsonObject("schedule").getInt("version"));

    assertEquals(
        400,
        post(
                "/api/calls/" + call + "/events",
                DemoUser.RECORDS_MANAGER,
                "{\"eventType\":\"account-closure\",\"occurredOn\":\"2024-03-01\"}")
            .statusCode(),
        "one date per event");
    assertEquals(
        400,
        post(
                "/api/calls/" + call + "/events",
                DemoUser.RECORDS_MANAGER,
                "{\"eventType\":\"contract-end\",\"occurredOn\":\"2199-01-01\"}")
            .statusCode(),
        "not in the future");
    assertEquals(
        403,
        post(
                "/api/calls/" + call + "/events",
                DemoUser.AGENT,
                "{\"eventType\":\"contract-end\",\"occurredOn\":\"2024-01-01\"}")
            .statusCode());
  }

  @Test
  void sweepParametersAreCheckedBeforeAnythingStarts() {
    HttpResponse<String> future =
        post("/api/jobs/retention-sweep?dueOnOrBefore=2199-01-01", DemoUser.RECORDS_MANAGER, "");
    assertEquals(400, future.statusCode());
    assertTrue(future.body().contains("in the future"), future.body());
    HttpResponse<String> partitions =
        post("/api/jobs/retention-sweep?partitions=0", DemoUser.ADMIN, "");
    assertEquals(400, partitions.statusCode());
    assertTrue(
        partitions.body().contains("partitions is a whole number from 1 to 64"), partitions.body());
    assertEquals(
        403,
        post("/api/jobs/retention-sweep", DemoUser.AGENT, "").statusCode(),
        "agents do not sweep");
  }

  @Test
  void refusalsAndExplanationsAnswerInTheLanguageTheRequestAsksFor() {
    String badSchedule = schedule(classWithSchedule(false), "7 years", false);
    HttpResponse<String> spanish =
        SigiloHttp.send(
            HttpRequest.newBuilder(URI.create(SigiloHttp.baseUrl() + "/api/schedules"))
                .header("Content-Type", "application/json")
                .header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5")
                .header("Authorization", DemoUser.RECORDS_MANAGER.basicAuthorization())
                .POST(HttpRequest.BodyPublishers.ofString(badSchedule))
                .build());
    assertEquals(400, spanish.statusCode(), spanish.body());
    assertEquals("es", spanish.headers().firstValue("Content-Language").orElse(null));
    JsonObject problem = SigiloHttp.object(spanish);
    assertEquals(
        "No se ha cambiado nada. Corrija lo siguiente y vuelva a enviarlo.",
        problem.getString("detail"));
    assertEquals(
        "«7 years» no es un periodo ISO-8601: escriba, por ejemplo, P7Y, P18M, P90D o P1Y6M.",
        problem.getJsonArray("problems").getString(0));

    HttpResponse<String> english = post("/api/schedules", DemoUser.RECORDS_MANAGER, badSchedule);
    assertEquals(400, english.statusCode(), english.body());
    assertEquals("en", english.headers().firstValue("Content-Language").orElse(null));
    assertEquals(
        "'7 years' is not an ISO-8601 period: write for example P7Y, P18M, P90D or P1Y6M.",
        SigiloHttp.object(english).getJsonArray("problems").getString(0));

    long call = documentedCall(classWithSchedule(false), "1998-03-04T10:00:00Z");
    HttpResponse<String> status =
        SigiloHttp.send(
            HttpRequest.newBuilder(
                    URI.create(SigiloHttp.baseUrl() + "/api/calls/" + call + "/retention"))
                .header("Accept-Language", "es")
                .header("Authorization", DemoUser.LEGAL.basicAuthorization())
                .GET()
                .build());
    assertEquals(200, status.statusCode(), status.body());
    assertEquals("es", status.headers().firstValue("Content-Language").orElse(null));
    assertEquals(
        "Vence el 1998-03-05: P1D desde la llamada del 1998-03-04 (versión 1 del calendario).",
        SigiloHttp.object(status).getString("explanation"));
  }
}

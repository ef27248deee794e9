package org.sigilo.it;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Call documentation as JSON, for tests to send to {@code /api/calls} and vary. */
public final class SampleCalls {

  private SampleCalls() {}

  /** A valid call with sensitive financial topics, consented, identity passed. */
  public static JsonObjectBuilder validCall(String summary) {
    return Json.createObjectBuilder()
        .add("secureEnvironment", secureEnvironment())
        .add("occurredAt", Instant.now().minus(5, ChronoUnit.MINUTES).toString())
        .add("customerReference", "CUST-" + UUID.randomUUID().toString().substring(0, 8))
        .add("direction", "INBOUND")
        .add("channel", "PHONE")
        .add("recordClass", "financial-advice")
        .add(
            "identityVerification",
            Json.createObjectBuilder()
                .add("method", "ONE_TIME_CODE")
                .add("outcome", "PASSED")
                .add("attempts", 1))
        .add(
            "consent",
            Json.createObjectBuilder()
                .add("categories", Json.createArrayBuilder().add("FINANCIAL"))
                .add("howAsked", "May we talk about your loan on this call?"))
        .add("sensitiveCategoriesDiscussed", Json.createArrayBuilder().add("FINANCIAL"))
        .add("summary", summary)
        .add("notes", "Notes for " + summary)
        .add("customerContact", "+34 600 000 000")
        .add("secureChannelRedirection", "SECURE_MESSAGE");
  }

  /** The secure-environment checklist, every item confirmed. */
  public static JsonObjectBuilder secureEnvironment() {
    return Json.createObjectBuilder()
        .add("privatePlace", true)
        .add("screenPrivacy", true)
        .add("noRecordingDevices", true)
        .add("encryptedConnection", true);
  }
}

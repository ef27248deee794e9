package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Attachments over the API: streamed up, stored encrypted, streamed down only with a reason. */
@ExtendWith(ArquillianExtension.class)
public class AttachmentsApiIT {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  static long newCall() {
    HttpResponse<String> created =
        SigiloHttp.post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("With a recording").build().toString());
    assertEquals(201, created.statusCode(), created.body());
    return SigiloHttp.object(created).getJsonNumber("id").longValue();
  }

  public static HttpResponse<String> upload(
      long call, DemoUser user, String name, String mediaType, byte[] content) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(
                URI.create(
                    SigiloHttp.baseUrl()
                        + "/api/calls/"
                        + call
                        + "/attachments?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8)))
            .header("Authorization", user.basicAuthorization())
            .header("Content-Type", mediaType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Downloads with the reason in the Sigilo-Reason header (none when {@code reason} is null). */
  public static HttpResponse<byte[]> download(
      long call, String attachment, DemoUser user, String reason) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    SigiloHttp.baseUrl() + "/api/calls/" + call + "/attachments/" + attachment))
            .header("Authorization", user.basicAuthorization())
            .GET();
    if (reason != null) {
      request.header("Sigilo-Reason", reason);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aRecordingRoundTripsWithItsSizeDigestAndNameAndEveryStepIsAudited() throws Exception {
    long call = newCall();
    byte[] recording = new byte[3 * 1024 * 1024 + 123];
    new Random(11).nextBytes(recording);
    String name = "grabación llamada " + UUID.randomUUID() + ".wav";
    HttpResponse<String> uploaded = upload(call, DemoUser.AGENT, name, "audio/wav", recording);
    assertEquals(201, uploaded.statusCode(), uploaded.body());
    JsonObject attachment = SigiloHttp.object(uploaded);
    String sha256 =
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(recording));
    assertEquals(recording.length, attachment.getJsonNumber("size").longValue());
    assertEquals(sha256, attachment.getString("sha256"));
    assertFalse(uploaded.body().contains("grabación"), "the listing never shows the name");

    JsonArray listed =
        SigiloHttp.array(SigiloHttp.get("/api/calls/" + call + "/attachments", DemoUser.AUDITOR));
    assertEquals(1, listed.size());

    String id = attachment.getString("id");
    HttpResponse<byte[]> refused = download(call, id, DemoUser.AUDITOR, null);
    assertEquals(400, refused.statusCode());

    HttpResponse<byte[]> downloaded =
        download(call, id, DemoUser.AUDITOR, "Complaint investigation C-77");
    assertEquals(200, downloaded.statusCode());
    assertArrayEquals(recording, downloaded.body());
    assertEquals("audio/wav", downloaded.headers().firstValue("Content-Type").orElse(""));
    assertTrue(
        downloaded
            .headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20")),
        downloaded.headers().toString());
    assertEquals(
        "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":",
        downloaded.headers().firstValue("Repr-Digest").orElse(""));

    var actions =
        SigiloHttp.newestAuditEvents(5).stream()
            .map(JsonObject.class::cast)
            .map(e -> e.getString("actor") + " " + e.getString("action"))
            .toList();
    assertTrue(actions.contains("auditor attachment-downloaded"), actions.toString());
    assertTrue(actions.contains("agent attachment-uploaded"), actions.toString());
  }

  @Test
  void onlyTheCallsAgentAttachesAndBadUploadsAreRefused() throws Exception {
    long call = newCall();
    assertEquals(
        403,
        upload(call, DemoUser.RECORDS_MANAGER, "x.pdf", "application/pdf", new byte[10])
            .statusCode());
    HttpResponse<String> empty =
        upload(call, DemoUser.AGENT, "empty.pdf", "application/pdf", new byte[0]);
    assertEquals(400, empty.statusCode(), empty.body());
    assertTrue(empty.body().contains("empty"), empty.body());
    HttpResponse<String> noName = upload(call, DemoUser.AGENT, "", "application/pdf", new byte[10]);
    assertEquals(400, noName.statusCode(), noName.body());
    HttpResponse<String> badType = upload(call, DemoUser.AGENT, "x", "not a type", new byte[10]);
    assertEquals(400, badType.statusCode(), badType.body());
    assertEquals(
        404,
        upload(999_999_999L, DemoUser.AGENT, "x.pdf", "application/pdf", new byte[10])
            .statusCode());
    assertEquals(
        404,
        download(call, UUID.randomUUID().toString(), DemoUser.AUDITOR, "Looking for nothing at all")
            .statusCode());
    assertEquals(
        0,
        SigiloHttp.array(SigiloHttp.get("/api/calls/" + call + "/attachments", DemoUser.AGENT))
            .size());
  }
}

package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sigilo.it.SigiloHttp.get;
import static org.sigilo.it.SigiloHttp.post;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code load-synthetic-calls} job, started and followed over the API as its README says. */
@ExtendWith(ArquillianExtension.class)
class SyntheticLoadIT {

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  /** Polls the execution until it leaves STARTING/STARTED, or fails after {@code timeout}. */
  static JsonObject waitForTermination(String location, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      JsonObject run = SigiloHttp.object(get(location, DemoUser.ADMIN));
      String status = run.getString("batchStatus");
      if (!status.equals("STARTING") && !status.equals("STARTED")) {
        return run;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("still " + status + " after " + timeout + ": " + run);
      }
      Thread.sleep(250);
    }
  }

  private static long totalCalls() {
    return SigiloHttp.object(get("/api/calls?size=1", DemoUser.AUDITOR))
        .getJsonNumber("total")
        .longValue();
  }

  @Test
  void anAdminLoadsSyntheticCallsInCommittedBatchesAndGetsTheRate() throws Exception {
    long before = totalCalls();
    HttpResponse<String> started =
        post("/api/jobs/load-synthetic-calls?count=1200&seed=7", DemoUser.ADMIN, "");
    assertEquals(202, started.statusCode(), started.body());
    String location = started.headers().firstValue("Location").orElseThrow();
    String path = location.substring(location.indexOf("/api/"));

    JsonObject run = waitForTermination(path, Duration.ofMinutes(3));
    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    JsonObject metrics = run.getJsonObject("metrics");
    assertEquals(3, metrics.getJsonNumber("READ_COUNT").longValue(), "three batches of up to 500");
    assertEquals(3, metrics.getJsonNumber("WRITE_COUNT").longValue());
    assertTrue(metrics.getJsonNumber("COMMIT_COUNT").longValue() >= 3, metrics.toString());
    assertTrue(
        run.getString("exitStatus").startsWith("Loaded 1200 calls in "),
        run.getString("exitStatus"));
    assertEquals(before + 1200, totalCalls());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "1000001", "lots", ""})
  void badCountsAreRefusedBeforeAnythingStarts(String count) {
    HttpResponse<String> response =
        post("/api/jobs/load-synthetic-calls?count=" + count, DemoUser.ADMIN, "");
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(
        response.body().contains("count is a whole number from 1 to 1000000, not '" + count + "'"),
        response.body());
  }

  @Test
  void onlyAdminsLoadAndUnknownExecutionsAre404() {
    assertEquals(
        403, post("/api/jobs/load-synthetic-calls?count=10", DemoUser.AGENT, "").statusCode());
    assertEquals(404, get("/api/jobs/987654321", DemoUser.ADMIN).statusCode());
    assertEquals(400, get("/api/jobs/not-a-number", DemoUser.ADMIN).statusCode());
  }
}

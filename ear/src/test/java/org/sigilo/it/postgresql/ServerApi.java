package org.sigilo.it.postgresql;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.sigilo.it.DemoUser;
import org.sigilo.it.SigiloHttp;

/**
 * The REST API of a test's own {@link KillableServer}, as its clients use it: requests with a demo
 * user's credentials, answers checked for their status (a wrong one fails the test with the answer
 * and the server's last log lines), and job executions followed until they end.
 */
final class ServerApi {

  private final KillableServer server;

  ServerApi(KillableServer server) {
    this.server = server;
  }

  HttpResponse<String> get(String path, DemoUser user) {
    return SigiloHttp.send(request(path, user).GET().build());
  }

  HttpResponse<String> post(String path, DemoUser user) {
    return SigiloHttp.send(
        request(path, user)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(""))
            .build());
  }

  HttpRequest.Builder request(String path, DemoUser user) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(60))
        .header("Authorization", user.basicAuthorization());
  }

  HttpResponse<String> expect(int status, HttpResponse<String> response) {
    return expect(status, response, response.request().method());
  }

  HttpResponse<String> expect(int status, HttpResponse<String> response, String what) {
    if (response.statusCode() != status) {
      throw new AssertionError(
          what
              + " "
              + response.request().uri()
              + " answered "
              + response.statusCode()
              + ", not "
              + status
              + ": "
              + response.body()
              + "\n"
              + server.logTail(100));
    }
    return response;
  }

  /** An execution as {@code GET /api/jobs/{id}} shows it (read as legal, who may see every job). */
  JsonObject execution(long execution) {
    return SigiloHttp.object(expect(200, get("/api/jobs/" + execution, DemoUser.LEGAL)));
  }

  /** The execution id of a 202 answer to a job start. */
  long started(HttpResponse<String> response) {
    return started(response, "start");
  }

  long started(HttpResponse<String> response, String what) {
    expect(202, response, what);
    return SigiloHttp.object(response).getJsonNumber("executionId").longValue();
  }

  /** Polls until the execution leaves STARTING/STARTED/STOPPING; answers it as seen then. */
  JsonObject finished(long execution, Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      JsonObject run = execution(execution);
      String status = run.getString("batchStatus");
      if (!status.equals("STARTING") && !status.equals("STARTED") && !status.equals("STOPPING")) {
        return run;
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Execution still "
                + status
                + " after "
                + timeout
                + ": "
                + run
                + "\n"
                + server.logTail(100));
      }
      Thread.sleep(250);
    }
  }

  static boolean has(JsonObject object, String name) {
    return object.containsKey(name) && object.get(name).getValueType() != JsonValue.ValueType.NULL;
  }
}

package org.sigilo.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigilo.it.DemoUser;
import org.sigilo.it.PortalSession;
import org.sigilo.it.SampleCalls;
import org.sigilo.it.SigiloHttp;

/**
 * Outages made real, on a WildFly of this test's own (as in {@link DestructionCrashIT}): it reaches
 * its database {@value #DATABASE} only through a {@link CuttableLink}, and its archive directory is
 * a small tmpfs of its own (mounted by the test, which runs as root like CI).
 *
 * <p>The database: the test cuts the link while the retention sweep is listing due records, and
 * restores it afterwards.
 *
 * <p>The sweep runs four partitions on one thread, so when the link is cut the first partition is
 * half way and the other three have not started: the partitions JBeret would forget on a restart.
 * Checked: while the database is away the API answers 503 problem documents; the failed execution
 * says why (the database could not be reached, and when) in the API and in the job repository,
 * which both say FAILED; the restart reads every partition's whole range, lists every due record
 * once and closes the list; a second sweep finds no due record the first one missed.
 *
 * <p>The archive volume: filled up but for a little, an upload larger than what is left answers 507
 * saying the volume is full, is audited, leaves neither an attachment nor a partial file behind,
 * and the admins' status page says the volume is full; freed, the same upload is stored.
 */
class OutagesIT {

  static final String DATABASE = "sigilo_outage";

  /** The archive volume's size, and what an upload that cannot fit sends. */
  static final int ARCHIVE_MIB = 24;

  static final int RECORDING_BYTES = 2 * 1024 * 1024;

  /** Enough for hundreds of chunks per partition, so the cut lands in the first one. */
  static final int CALLS = 12_000;

  static final int PARTITIONS = 4;
  static final int CHUNK = 10;

  private static OwnServer own;
  private static KillableServer server;
  private static ServerApi api;
  private static CuttableLink link;
  private static Path archive;

  @BeforeAll
  static void ownServerBehindALinkToItsDatabase() throws Exception {
    if (OwnServer.inH2Suite()) {
      return; // the embedded database has no link to cut
    }
    own = OwnServer.prepare("OutagesIT", "outage", DATABASE);
    link = CuttableLink.to(own.host(), own.port());
    archive = OwnServer.mountTmpfs(own.data().resolve("archive"), ARCHIVE_MIB);
    own.start("127.0.0.1:" + link.port(), List.of("-Dsigilo.archive.dir=" + archive));
    server = own.server();
    api = own.api();
  }

  @AfterAll
  static void stopOwnServer() throws Exception {
    if (own != null) {
      own.kill();
    }
    if (link != null) {
      link.close();
    }
    if (archive != null) {
      OwnServer.unmount(archive);
    }
  }

  @Test
  void aSweepCutOffFromItsDatabaseSaysWhyAndItsRestartListsEveryDueRecordOnce() throws Exception {
    Assumptions.assumeFalse(OwnServer.inH2Suite(), "OutagesIT runs in the PostgreSQL suite only");
    JsonObject loaded =
        api.finished(
            api.started(
                api.post(
                    "/api/jobs/load-synthetic-calls?count=" + CALLS + "&seed=7", DemoUser.ADMIN)),
            Duration.ofMinutes(10));
    assertEquals("COMPLETED", loaded.getString("batchStatus"), loaded.toString());

    long execution =
        api.started(
            api.post(
                "/api/jobs/retention-sweep?partitions="
                    + PARTITIONS
                    + "&threads=1&chunkSize="
                    + CHUNK,
                DemoUser.RECORDS_MANAGER));
    PortalSession portal = new PortalSession(server.baseUrl());
    assertEquals(302, portal.signIn("records-manager", "records-manager-demo").statusCode());
    long list = firstPartitionHalfWay(Duration.ofMinutes(3));
    Instant cut = Instant.now();
    link.cut();
    String logged = failureLogged(execution, Duration.ofMinutes(3));
    try {
      HttpResponse<String> meanwhile = api.get("/api/jobs/" + execution, DemoUser.LEGAL);
      assertEquals(503, meanwhile.statusCode(), meanwhile.body());
      assertEquals(
          "application/problem+json",
          meanwhile.headers().firstValue("Content-Type").orElse("").split(";")[0],
          meanwhile.headers().map().toString());
      assertTrue(meanwhile.headers().firstValue("Retry-After").isPresent(), "Retry-After");
      assertTrue(meanwhile.body().contains("database"), meanwhile.body());
      HttpResponse<String> page = portal.get("/calls/calls.xhtml");
      assertEquals(503, page.statusCode(), page.body());
      assertTrue(page.body().contains("Sigilo is temporarily unavailable"), page.body());
      assertEquals(
          List.of(0L, 0L, 0L),
          List.of(commits(list, 1), commits(list, 2), commits(list, 3)),
          "only the first partition had started when the link was cut");
    } finally {
      link.restore();
    }
    System.out.printf(
        "OutagesIT: cut the link %d ms into list %d's sweep; the server logged: %s%n",
        Duration.between(cut, Instant.now()).toMillis(), list, logged);

    JsonObject failed = api.finished(execution, Duration.ofMinutes(2));
    assertEquals("FAILED", failed.getString("batchStatus"), failed.toString());
    String why = failed.getString("exitStatus");
    assertTrue(
        why.startsWith("The database could not be reached on ")
            && why.endsWith("restart the job once it is back."),
        why);
    assertEquals(
        List.of("FAILED", why),
        repositoryRow(execution),
        "the job repository says what the API says");

    long restarted =
        api.started(
            api.post("/api/jobs/" + execution + "/restart", DemoUser.RECORDS_MANAGER), "restart");
    JsonObject done = api.finished(restarted, Duration.ofMinutes(5));
    assertEquals("COMPLETED", done.getString("batchStatus"), done.toString());
    assertEquals(list, done.getJsonNumber("dispositionListId").longValue());
    long listed = items(list);
    assertTrue(
        done.getString("exitStatus").startsWith("Disposition list " + list + ": " + listed + " "),
        done.getString("exitStatus"));
    assertEquals(listed, distinctItems(list), "no record listed twice");
    assertTrue(listed > CALLS / 10, "the synthetic calls have due ones: " + listed);
    for (int partition = 0; partition < PARTITIONS; partition++) {
      assertEquals(0, unread(list, partition), "partition " + partition + " read its whole range");
    }

    JsonObject second =
        api.finished(
            api.started(api.post("/api/jobs/retention-sweep", DemoUser.RECORDS_MANAGER)),
            Duration.ofMinutes(5));
    assertEquals("COMPLETED", second.getString("batchStatus"), second.toString());
    long secondList = second.getJsonNumber("dispositionListId").longValue();
    assertEquals(
        0,
        items(secondList),
        "a later sweep finds no due record the restarted one left out: " + second);
  }

  @Test
  void aFullArchiveVolumeRefusesAnUploadWith507AndKeepsNothingOfIt() throws Exception {
    Assumptions.assumeFalse(OwnServer.inH2Suite(), "OutagesIT runs in the PostgreSQL suite only");
    long call = newCall();
    Path filler = archive.resolve(".filler");
    long room = Files.getFileStore(archive).getUsableSpace();
    Files.write(filler, new byte[(int) (room - RECORDING_BYTES / 2)]);
    PortalSession admin = new PortalSession(server.baseUrl());
    assertEquals(302, admin.signIn("admin", "admin-demo").statusCode());
    try {
      HttpResponse<String> refused = upload(call);
      assertEquals(507, refused.statusCode(), refused.body());
      assertEquals(
          "application/problem+json",
          refused.headers().firstValue("Content-Type").orElse("").split(";")[0]);
      assertTrue(refused.body().contains("The archive volume is full"), refused.body());
      assertEquals(
          "[]",
          api.expect(200, api.get("/api/calls/" + call + "/attachments", DemoUser.AGENT)).body(),
          "no attachment recorded");
      try (var left = Files.list(archive)) {
        assertEquals(
            List.of(".filler"),
            left.map(file -> file.getFileName().toString()).toList(),
            "nothing of the file is left in the archive");
      }
      assertEquals(
          1,
          number(
              "SELECT COUNT(*) FROM audit_event WHERE action = 'attachment-refused'"
                  + " AND target = ? AND actor = 'agent' AND outcome = 'FAILURE'",
              "call:" + call),
          "the refusal is audited");
      String status = admin.get("/admin/system-status.xhtml").body();
      assertTrue(
          status.contains("Full: files can no longer be stored. Free space on " + archive), status);
    } finally {
      Files.delete(filler);
    }
    assertEquals(201, upload(call).statusCode(), "stored once there is room");
    String status = admin.get("/admin/system-status.xhtml").body();
    assertTrue(status.contains(" free of "), status);
  }

  private static long newCall() {
    HttpResponse<String> created =
        SigiloHttp.send(
            api.request("/api/calls", DemoUser.AGENT)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        SampleCalls.validCall("With a recording").build().toString()))
                .build());
    api.expect(201, created, "document a call");
    return SigiloHttp.object(created).getJsonNumber("id").longValue();
  }

  private static HttpResponse<String> upload(long call) {
    return SigiloHttp.send(
        api.request("/api/calls/" + call + "/attachments?name=call.wav", DemoUser.AGENT)
            .header("Content-Type", "audio/wav")
            .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[RECORDING_BYTES]))
            .build());
  }

  /**
   * Waits until the sweep's first partition has committed a few chunks (and is far from its end);
   * answers the list's id.
   */
  private static long firstPartitionHalfWay(Duration timeout) throws Exception {
    Instant deadline = Instant.now().plus(timeout);
    try (Connection db = own.admin();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT p.list_id, p.commit_count, p.last_read_id, p.last_id, p.first_id"
                    + " FROM sweep_partition p JOIN disposition_list l ON l.id = p.list_id"
                    + " WHERE l.status = 'SWEEPING' AND p.partition_no = 0")) {
      while (true) {
        try (ResultSet row = select.executeQuery()) {
          if (row.next() && row.getLong(2) >= 3) {
            long left = row.getLong(4) - row.getLong(3);
            assertTrue(
                left > (row.getLong(4) - row.getLong(5)) / 4,
                "the first partition is nearly done before the cut: make it larger");
            return row.getLong(1);
          }
        }
        assertTrue(
            Instant.now().isBefore(deadline), "the sweep did not start: " + server.logTail(50));
        Thread.sleep(10);
      }
    }
  }

  /** Waits for the server's log line saying the execution failed, and answers it. */
  private static String failureLogged(long execution, Duration timeout)
      throws IOException, InterruptedException {
    String marker = "Job retention-sweep execution " + execution + " failed: ";
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      for (String line : Files.readAllLines(server.consoleLog(), StandardCharsets.UTF_8)) {
        int at = line.indexOf(marker);
        if (at >= 0) {
          return line.substring(at);
        }
      }
      assertTrue(
          Instant.now().isBefore(deadline),
          "the sweep did not fail after the link was cut: " + server.logTail(80));
      Thread.sleep(200);
    }
  }

  private static List<String> repositoryRow(long execution) throws SQLException {
    try (Connection db = own.admin();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT batchstatus, exitstatus, endtime FROM job_execution"
                    + " WHERE jobexecutionid = ?")) {
      select.setLong(1, execution);
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next(), "execution " + execution + " is in the repository");
        assertTrue(row.getTimestamp(3) != null, "the repository has its end time");
        return List.of(row.getString(1), row.getString(2));
      }
    }
  }

  private static long commits(long list, int partition) throws SQLException {
    return number(
        "SELECT commit_count FROM sweep_partition WHERE list_id = ? AND partition_no = ?",
        list,
        partition);
  }

  private static long unread(long list, int partition) throws SQLException {
    return number(
        "SELECT COUNT(*) FROM call_record c JOIN sweep_partition p ON c.id BETWEEN p.first_id"
            + " AND p.last_id WHERE p.list_id = ? AND p.partition_no = ?"
            + " AND c.id > COALESCE(p.last_read_id, p.first_id - 1)",
        list,
        partition);
  }

  private static long items(long list) throws SQLException {
    return number("SELECT COUNT(*) FROM disposition_item WHERE list_id = ?", list);
  }

  private static long distinctItems(long list) throws SQLException {
    return number("SELECT COUNT(DISTINCT record_id) FROM disposition_item WHERE list_id = ?", list);
  }

  private static long number(String sql, Object... parameters) throws SQLException {
    try (Connection db = own.admin();
        PreparedStatement select = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        assertTrue(row.next());
        return row.getLong(1);
      }
    }
  }
}

package org.sigilo.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigilo.it.DemoUser;
import org.sigilo.it.SigiloHttp;

/**
 * Idempotent restart of the records-destruction job against a real crash: a WildFly of this test's
 * own (its own copy of the PostgreSQL test server, port offset, database {@value #DATABASE} and
 * data directory) destroys an approved list of a few thousand synthetic records in small chunks;
 * the server's JVM is killed with SIGKILL in the middle of {@code destroy-records}, started again,
 * and the interrupted execution restarted over the API. Then, read straight from the database:
 * every record of the run was destroyed exactly once (one tombstone, no rows, no data key, no
 * record pending, failed or destroyed twice), every destroyed record is on the run's one
 * certificate (its count and its embedded manifest), and the audit chain still verifies.
 *
 * <p>A plain client-side test, not Arquillian: Arquillian's server is not one a test may kill.
 */
class DestructionCrashIT {

  static final String DATABASE = "sigilo_crash";

  /**
   * Synthetic calls, spread over ten years and five record classes: with the classes the default
   * schedules send to review also destroyed on expiry (see {@link #destroyWithoutReview}), about a
   * third of them are due for destruction today.
   */
  static final int CALLS = 10_000;

  /**
   * Enough records for hundreds of chunks (of {@link #CHUNK}) per partition, so that a kill lands
   * among them.
   */
  static final int AT_LEAST_TO_DESTROY = 2_000;

  static final int PARTITIONS = 2;
  static final int CHUNK = 10;

  /** Each record's archive file, so that a kill lands while files are being shredded. */
  static final int FILE_BYTES = 4096;

  private static OwnServer own;
  private static KillableServer server;
  private static ServerApi api;
  private static Path archive;

  @BeforeAll
  static void ownServerOnItsOwnDatabase() throws Exception {
    if (OwnServer.inH2Suite()) {
      return;
    }
    own = OwnServer.prepare("DestructionCrashIT", "crash", DATABASE);
    archive = own.data().resolve("archive");
    own.start(own.host() + ":" + own.port(), List.of());
    server = own.server();
    api = own.api();
  }

  @AfterAll
  static void killOwnServer() throws InterruptedException {
    if (own != null) {
      own.kill();
    }
  }

  @Test
  void killingTheServerMidDestructionThenRestartingTheJobDestroysEveryRecordExactlyOnce()
      throws Exception {
    Assumptions.assumeFalse(
        OwnServer.inH2Suite(), "DestructionCrashIT runs in the PostgreSQL suite only");
    Instant began = Instant.now();
    JsonObject loaded =
        api.finished(
            api.started(
                api.post(
                    "/api/jobs/load-synthetic-calls?count=" + CALLS + "&seed=42", DemoUser.ADMIN)),
            Duration.ofMinutes(10));
    assertEquals("COMPLETED", loaded.getString("batchStatus"), loaded.toString());
    int files = archiveFileForEveryRecord();
    destroyWithoutReview("complaint", "P6Y", false);
    destroyWithoutReview("health-information", "P8Y", true);
    JsonObject sweep =
        api.finished(
            api.started(api.post("/api/jobs/retention-sweep", DemoUser.RECORDS_MANAGER)),
            Duration.ofMinutes(10));
    assertEquals("COMPLETED", sweep.getString("batchStatus"), sweep.toString());
    long list = sweep.getJsonNumber("dispositionListId").longValue();
    api.expect(
        200, api.post("/api/disposition-lists/" + list + "/submission", DemoUser.RECORDS_MANAGER));
    HttpResponse<String> approved =
        api.post("/api/disposition-lists/" + list + "/approval", DemoUser.LEGAL);
    api.expect(200, approved);
    assertEquals("APPROVED", SigiloHttp.object(approved).getString("status"));
    JsonObject summary =
        SigiloHttp.object(
            api.expect(
                200,
                api.get(
                    "/api/disposition-lists/" + list + "/destruction-summary", DemoUser.LEGAL)));
    long toDestroy = summary.getJsonNumber("toDestroy").longValue();
    assertTrue(
        toDestroy >= AT_LEAST_TO_DESTROY,
        "Too few records due for the kill to land mid-destruction: " + summary);

    long execution =
        api.started(
            api.post(
                "/api/jobs/records-destruction?listId="
                    + list
                    + "&partitions="
                    + PARTITIONS
                    + "&chunkSize="
                    + CHUNK,
                DemoUser.LEGAL));
    JsonObject atKill = midDestroy(execution, toDestroy / 3, Duration.ofMinutes(5));
    server.kill();
    JsonObject progress = atKill.getJsonObject("destruction");
    long runId = progress.getJsonNumber("runId").longValue();
    assertTrue(progress.getJsonNumber("pending").longValue() > 0, "killed mid-destroy: " + atKill);
    long committedBeforeKill = nothingHalfDestroyed(runId);
    long destroyedBeforeKill = firstTombstone(runId);
    long[] marked = markedAtKill();
    System.out.printf(
        "DestructionCrashIT: %d calls loaded, list %d with %d records to destroy; killed the"
            + " server when the API showed %d destroyed and %d pending; %d destroyed were"
            + " committed; %d files of the chunks in flight were noted for shredding, %d of them"
            + " already gone%n",
        CALLS,
        list,
        toDestroy,
        progress.getJsonNumber("destroyed").longValue(),
        progress.getJsonNumber("pending").longValue(),
        committedBeforeKill,
        marked[0],
        marked[1]);

    server.start(Duration.ofMinutes(3));
    JsonObject interrupted = api.execution(execution);
    System.out.println("DestructionCrashIT: after the restart of the server: " + interrupted);
    assertTrue(
        interrupted.getBoolean("interrupted")
            || "FAILED".equals(interrupted.getString("batchStatus")),
        "the killed execution is interrupted (or failed): " + interrupted);
    long restarted =
        api.started(api.post("/api/jobs/" + execution + "/restart", DemoUser.LEGAL), "restart");
    JsonObject done = api.finished(restarted, Duration.ofMinutes(10));
    assertEquals(
        "COMPLETED",
        done.getString("batchStatus"),
        () -> "the restarted execution: " + done + "\n" + server.logTail(100));
    JsonObject metrics = done.getJsonObject("metrics");
    long leftByKill = toDestroy - committedBeforeKill;
    assertEquals(
        leftByKill,
        metrics.getJsonNumber("READ_COUNT").longValue(),
        "the restart reads each record still pending once, and none destroyed before: " + metrics);
    assertEquals(leftByKill, metrics.getJsonNumber("WRITE_COUNT").longValue(), metrics.toString());
    assertEquals(0, metrics.getJsonNumber("ROLLBACK_COUNT").longValue(), metrics.toString());
    assertTrue(
        metrics.getJsonNumber("COMMIT_COUNT").longValue() >= leftByKill / CHUNK,
        metrics.toString());
    JsonObject run = done.getJsonObject("destruction");
    assertEquals(runId, run.getJsonNumber("runId").longValue(), "the restart continues the run");
    assertEquals(0, run.getJsonNumber("pending").longValue(), run.toString());
    assertEquals(0, run.getJsonNumber("failed").longValue(), run.toString());
    assertEquals(toDestroy, run.getJsonNumber("destroyed").longValue(), run.toString());

    Set<Long> tombstoned = destroyedExactlyOnce(runId, list, toDestroy);
    everyFileOfTheDestroyedShreddedOnlyThose(runId, files - toDestroy);
    long certificate = certifiedExactlyOnce(runId, tombstoned);
    List<JsonValue> certificates =
        SigiloHttp.array(
            api.expect(
                200, api.get("/api/certificates?recordId=" + destroyedBeforeKill, DemoUser.LEGAL)));
    assertEquals(1, certificates.size(), "record " + destroyedBeforeKill + ": " + certificates);
    assertEquals(
        certificate, certificates.get(0).asJsonObject().getJsonNumber("number").longValue());
    JsonObject chain =
        SigiloHttp.object(api.expect(200, api.get("/api/audit/verification", DemoUser.AUDITOR)));
    assertTrue(chain.getBoolean("intact"), chain.toString());
    System.out.printf(
        "DestructionCrashIT: restarted as execution %d: %s, read and destroyed the %d left; %d"
            + " records destroyed exactly once, all on certificate %d; audit chain intact (%d"
            + " events); %d s in all%n",
        restarted,
        done.getString("exitStatus"),
        leftByKill,
        tombstoned.size(),
        certificate,
        chain.getJsonNumber("eventsChecked").longValue(),
        Duration.between(began, Instant.now()).toSeconds());
  }

  /**
   * The files the chunks in flight at the kill had noted for shredding (their records not yet
   * destroyed), and how many of those were already gone: what the restart must count as overwritten
   * rather than missing.
   */
  private static long[] markedAtKill() throws SQLException {
    long noted = 0;
    long gone = 0;
    try (Connection db = own.admin();
        var select = db.createStatement();
        ResultSet rows =
            select.executeQuery(
                "SELECT stored_name FROM call_attachment WHERE shred_started_at IS NOT NULL")) {
      while (rows.next()) {
        noted++;
        if (!Files.exists(archive.resolve(rows.getString(1)))) {
          gone++;
        }
      }
    }
    return new long[] {noted, gone};
  }

  /**
   * Gives every record one archive file of {@link #FILE_BYTES} random bytes, straight into the
   * server's archive directory and {@code call_attachment} (the loader makes records without
   * files): the job shreds them like any other, and most of its time goes to those fsyncs, so the
   * kill lands among marked, half-shredded and renamed files. Answers how many.
   */
  private static int archiveFileForEveryRecord() throws SQLException, IOException {
    Files.createDirectories(archive);
    List<String> names = new ArrayList<>();
    try (Connection db = own.admin();
        var insert = db.createStatement()) {
      insert.executeUpdate(
          "INSERT INTO call_attachment (id, call_id, stored_name, media_type, name_sealed,"
              + " size_bytes, sha256, created_by, created_at)"
              + " SELECT gen_random_uuid()::text, c.id, gen_random_uuid()::text,"
              + " 'application/octet-stream', '\\x00'::bytea, "
              + FILE_BYTES
              + ", repeat('0', 64), 'crash-test', now() FROM call_record c");
      try (ResultSet rows = insert.executeQuery("SELECT stored_name FROM call_attachment")) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
    }
    java.util.Random random = new java.util.Random(42);
    byte[] content = new byte[FILE_BYTES];
    for (String name : names) {
      random.nextBytes(content);
      Files.write(archive.resolve(name), content);
    }
    return names.size();
  }

  /**
   * Every destroyed record's tombstone counts its one file, overwritten whole; the archive
   * directory holds exactly the files of the records left (none renamed and left behind).
   */
  private static void everyFileOfTheDestroyedShreddedOnlyThose(long runId, long filesLeft)
      throws SQLException, IOException {
    try (Connection db = own.admin()) {
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM tombstone WHERE run_id = ? AND (files <> 1 OR file_bytes <> "
                  + FILE_BYTES
                  + ")",
              runId),
          "every tombstone counts one whole file");
      Set<String> expected = new TreeSet<>();
      try (var select = db.createStatement();
          ResultSet rows = select.executeQuery("SELECT stored_name FROM call_attachment")) {
        while (rows.next()) {
          expected.add(rows.getString(1));
        }
      }
      assertEquals(filesLeft, expected.size(), "the attachments of the records left");
      Set<String> onDisk = new TreeSet<>();
      try (var listing = Files.list(archive)) {
        listing.forEach(file -> onDisk.add(file.getFileName().toString()));
      }
      assertEquals(expected, onDisk, "the archive holds the files of the records left, only");
    }
  }

  /**
   * A new version of a class's schedule that destroys on expiry instead of asking for review (the
   * default for complaints and health information): a list with records awaiting a decision cannot
   * be submitted, and deciding thousands one by one is not what this test is about.
   */
  private static void destroyWithoutReview(
      String recordClass, String period, boolean twoPersonRule) {
    HttpResponse<String> defined =
        SigiloHttp.send(
            api.request("/api/schedules", DemoUser.RECORDS_MANAGER)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        Json.createObjectBuilder()
                            .add("recordClass", recordClass)
                            .add("period", period)
                            .add("disposition", "DESTROY")
                            .add("twoPersonRule", twoPersonRule)
                            .add("authority", "DestructionCrashIT: destroyed on expiry")
                            .build()
                            .toString()))
                .build());
    api.expect(201, defined, "schedule for " + recordClass);
  }

  /**
   * Follows the destruction every 50 ms until at least {@code destroyed} records are destroyed and
   * others still pending (both partitions well into their chunks), and answers the execution as
   * seen then.
   */
  private static JsonObject midDestroy(long execution, long destroyed, Duration timeout)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      JsonObject run = api.execution(execution);
      if (ServerApi.has(run, "destruction")) {
        JsonObject progress = run.getJsonObject("destruction");
        if (progress.getJsonNumber("destroyed").longValue() >= Math.max(1, destroyed)
            && progress.getJsonNumber("pending").longValue() > 0) {
          return run;
        }
      }
      String status = run.getString("batchStatus");
      if (!status.equals("STARTING") && !status.equals("STARTED")) {
        throw new AssertionError(
            "The destruction ended before it could be killed mid-destroy (load more records or"
                + " make chunks smaller): "
                + run);
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "Not "
                + destroyed
                + " records destroyed within "
                + timeout
                + ": "
                + run
                + "\n"
                + server.logTail(100));
      }
      Thread.sleep(50);
    }
  }

  /**
   * What the kill left committed is consistent: each record DESTROYED has its tombstone and neither
   * rows nor data key; each PENDING one has both. Answers how many were DESTROYED.
   */
  private static long nothingHalfDestroyed(long runId) throws SQLException {
    try (Connection db = own.admin()) {
      long destroyed =
          count(
              db,
              "SELECT COUNT(*) FROM destruction_item WHERE run_id = ? AND state = 'DESTROYED'",
              runId);
      assertEquals(destroyed, count(db, "SELECT COUNT(*) FROM tombstone WHERE run_id = ?", runId));
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM destruction_item i WHERE i.run_id = ? AND i.state = 'DESTROYED'"
                  + " AND (NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.record_id = i.record_id)"
                  + " OR EXISTS (SELECT 1 FROM call_record c WHERE c.id = i.record_id)"
                  + " OR EXISTS (SELECT 1 FROM record_data_key k WHERE k.record_id = i.record_id))",
              runId),
          "a record marked destroyed kept something, or has no tombstone");
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM destruction_item i WHERE i.run_id = ? AND i.state = 'PENDING'"
                  + " AND (EXISTS (SELECT 1 FROM tombstone t WHERE t.record_id = i.record_id)"
                  + " OR NOT EXISTS (SELECT 1 FROM call_record c WHERE c.id = i.record_id)"
                  + " OR NOT EXISTS (SELECT 1 FROM record_data_key k"
                  + " WHERE k.record_id = i.record_id))",
              runId),
          "a record still pending lost something, or was tombstoned");
      return destroyed;
    }
  }

  /**
   * Every record of the run is DESTROYED (none pending, failed or held: no holds here), once: one
   * tombstone each, no rows, no data key; every tombstone is of a record the list said to destroy,
   * and every such record has one. Answers the tombstoned record ids.
   */
  private static Set<Long> destroyedExactlyOnce(long runId, long listId, long toDestroy)
      throws SQLException {
    try (Connection db = own.admin()) {
      Map<String, Long> states = new TreeMap<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "SELECT state, COUNT(*) FROM destruction_item WHERE run_id = ? GROUP BY state")) {
        select.setLong(1, runId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            states.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      assertEquals(Map.of("DESTROYED", toDestroy), states, "items of run " + runId + " by state");
      Set<Long> tombstoned = new TreeSet<>();
      try (PreparedStatement select =
          db.prepareStatement("SELECT record_id FROM tombstone WHERE run_id = ?")) {
        select.setLong(1, runId);
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            assertTrue(tombstoned.add(rows.getLong(1)), "tombstoned twice: " + rows.getLong(1));
          }
        }
      }
      assertEquals(toDestroy, tombstoned.size(), "one tombstone per destroyed record");
      assertEquals(
          toDestroy, count(db, "SELECT COUNT(*) FROM tombstone", 0), "no tombstone of another run");
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM tombstone t WHERE t.run_id = ? AND NOT EXISTS"
                  + " (SELECT 1 FROM destruction_item i WHERE i.run_id = t.run_id"
                  + " AND i.record_id = t.record_id AND i.state = 'DESTROYED')",
              runId),
          "a tombstone of a record the run did not mark destroyed");
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM tombstone t WHERE t.run_id = ? AND (EXISTS"
                  + " (SELECT 1 FROM call_record c WHERE c.id = t.record_id) OR EXISTS"
                  + " (SELECT 1 FROM record_data_key k WHERE k.record_id = t.record_id))",
              runId),
          "a destroyed record kept its row or its data key");
      try (PreparedStatement notOnList =
          db.prepareStatement(
              "SELECT COUNT(*) FROM tombstone t WHERE t.run_id = ? AND NOT EXISTS"
                  + " (SELECT 1 FROM disposition_item d WHERE d.list_id = ?"
                  + " AND d.record_id = t.record_id AND d.decision = 'DESTROY')")) {
        notOnList.setLong(1, runId);
        notOnList.setLong(2, listId);
        assertEquals(0, single(notOnList), "destroyed without the list's decision to destroy");
      }
      assertEquals(
          0,
          count(
              db,
              "SELECT COUNT(*) FROM disposition_item d WHERE d.list_id = ?"
                  + " AND d.decision = 'DESTROY' AND NOT d.held AND NOT EXISTS"
                  + " (SELECT 1 FROM tombstone t WHERE t.record_id = d.record_id)",
              listId),
          "a record the list said to destroy is left");
      assertEquals(
          toDestroy,
          auditedAsDestroyed(db, runId),
          "the audit trail's records-destroyed events count each record once");
      return tombstoned;
    }
  }

  /** The sum of the run's {@code records-destroyed} audit events ("N record(s), ids a..b"). */
  private static long auditedAsDestroyed(Connection db, long runId) throws SQLException {
    Pattern records = Pattern.compile("^(\\d+) record\\(s\\)");
    long sum = 0;
    try (PreparedStatement select =
        db.prepareStatement(
            "SELECT details FROM audit_event WHERE action = 'records-destroyed' AND target = ?")) {
      select.setString(1, "destruction-run:" + runId);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Matcher matcher = records.matcher(rows.getString(1));
          assertTrue(matcher.find(), rows.getString(1));
          sum += Long.parseLong(matcher.group(1));
        }
      }
    }
    return sum;
  }

  /**
   * The run has one certificate; its counts and its embedded manifest ({@code manifest.json}, saved
   * with poppler's {@code pdfdetach}) list exactly the tombstoned records, each once; and the
   * server recognizes it as authentic. Answers its number.
   */
  private static long certifiedExactlyOnce(long runId, Set<Long> tombstoned) throws Exception {
    long number;
    byte[] pdf;
    try (Connection db = own.admin();
        PreparedStatement select =
            db.prepareStatement(
                "SELECT certificate_number, destroyed_count, failed_count, held_count, pdf"
                    + " FROM destruction_certificate WHERE run_id = ?")) {
      select.setLong(1, runId);
      try (ResultSet rows = select.executeQuery()) {
        assertTrue(rows.next(), "no certificate for run " + runId);
        number = rows.getLong(1);
        assertEquals(tombstoned.size(), rows.getLong(2), "destroyed_count");
        assertEquals(0, rows.getLong(3), "failed_count");
        assertEquals(0, rows.getLong(4), "held_count");
        pdf = rows.getBytes(5);
        assertTrue(!rows.next(), "more than one certificate for run " + runId);
      }
    }
    assertEquals(List.of(), manifestDuplicates(pdf, tombstoned), "records listed twice");
    JsonObject verification =
        SigiloHttp.object(
            api.expect(
                200,
                SigiloHttp.send(
                    api.request("/api/certificates/verification", DemoUser.AUDITOR)
                        .header("Content-Type", "application/pdf")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(pdf))
                        .build())));
    assertTrue(verification.getBoolean("authentic"), verification.toString());
    return number;
  }

  /**
   * Reads the record ids of the manifest's entries, checks they are the tombstoned ones, and
   * answers those listed more than once.
   */
  private static List<Long> manifestDuplicates(byte[] pdf, Set<Long> tombstoned)
      throws IOException, InterruptedException {
    Path directory = Files.createTempDirectory("destruction-certificate");
    Path file = directory.resolve("certificate.pdf");
    Files.write(file, pdf);
    Path saved = Files.createDirectory(directory.resolve("embedded"));
    Process pdfdetach =
        new ProcessBuilder("pdfdetach", "-saveall", "-o", saved.toString(), file.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(pdfdetach.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(pdfdetach.waitFor(60, TimeUnit.SECONDS), "pdfdetach did not finish");
    assertEquals(0, pdfdetach.exitValue(), "pdfdetach -saveall: " + output);
    Path manifest = saved.resolve("manifest.json");
    assertTrue(Files.isRegularFile(manifest), "no manifest.json embedded; pdfdetach: " + output);
    List<Long> listed = new ArrayList<>();
    try (InputStream in = Files.newInputStream(manifest);
        JsonReader reader = Json.createReader(in)) {
      for (JsonValue entry : reader.readObject().getJsonArray("entries")) {
        listed.add(entry.asJsonObject().getJsonNumber("recordId").longValue());
      }
    }
    assertEquals(tombstoned, new TreeSet<>(listed), "the manifest's records are the tombstoned");
    List<Long> duplicates = new ArrayList<>(listed);
    new TreeSet<>(listed).forEach(duplicates::remove);
    KillableServer.deleteRecursively(directory);
    return duplicates;
  }

  /** The lowest record id the run has tombstoned so far. */
  private static long firstTombstone(long runId) throws SQLException {
    try (Connection db = own.admin()) {
      return count(db, "SELECT MIN(record_id) FROM tombstone WHERE run_id = ?", runId);
    }
  }

  /** A one-number query with one long parameter (ignored if the query has none). */
  private static long count(Connection db, String sql, long parameter) throws SQLException {
    try (PreparedStatement select = db.prepareStatement(sql)) {
      if (sql.contains("?")) {
        select.setLong(1, parameter);
      }
      return single(select);
    }
  }

  private static long single(PreparedStatement select) throws SQLException {
    try (ResultSet rows = select.executeQuery()) {
      assertTrue(rows.next());
      return rows.getLong(1);
    }
  }
}

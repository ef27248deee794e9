package org.sigilo.it.postgresql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigilo.it.AttachmentsApiIT;
import org.sigilo.it.DemoUser;
import org.sigilo.it.SampleCalls;
import org.sigilo.it.SigiloDeployment;
import org.sigilo.it.SigiloHttp;

/**
 * What an attacker with a copy of the database files would find: the confidential content of calls
 * nowhere in plaintext in PostgreSQL's data directory, WAL included. A marker stored on purpose in
 * a metadata field (customer reference, not confidential) must be found by the same scan, which
 * proves the scan reads what PostgreSQL wrote.
 */
@ExtendWith(ArquillianExtension.class)
class ConfidentialityAtRestIT {

  private static final int CHUNK = 1 << 20;

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  @Test
  void confidentialContentIsNowhereInPlaintextInTheDataDirectoryOrWal() throws Exception {
    String secret = "SECRET" + UUID.randomUUID().toString().replace("-", "");
    String visible = "VISIBLE" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    for (int i = 0; i < 3; i++) {
      JsonObjectBuilder call =
          SampleCalls.validCall("Summary " + secret + " number " + i)
              .add("notes", "Notes " + secret)
              .add("customerContact", "Contact " + secret);
      if (i == 0) {
        call.add("customerReference", visible);
      }
      HttpResponse<String> response =
          SigiloHttp.post("/api/calls", DemoUser.AGENT, call.build().toString());
      assertEquals(201, response.statusCode(), response.body());
    }

    long withRecording =
        SigiloHttp.object(
                SigiloHttp.post(
                    "/api/calls",
                    DemoUser.AGENT,
                    SampleCalls.validCall("Has a recording").build().toString()))
            .getJsonNumber("id")
            .longValue();
    byte[] recording =
        ("Recording transcript " + secret + " ").repeat(5000).getBytes(StandardCharsets.US_ASCII);
    HttpResponse<String> attached =
        AttachmentsApiIT.upload(
            withRecording, DemoUser.AGENT, "recording-" + secret + ".txt", "text/plain", recording);
    assertEquals(201, attached.statusCode(), attached.body());

    Path dataDirectory;
    try (Connection admin = adminConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("CHECKPOINT");
      try (ResultSet row = sql.executeQuery("SHOW data_directory")) {
        row.next();
        dataDirectory = Path.of(row.getString(1));
      }
    }

    List<Path> withVisible = filesContaining(dataDirectory, visible);
    List<Path> withSecret = filesContaining(dataDirectory, secret);
    assertTrue(
        !withVisible.isEmpty(), "the scan must find the metadata marker in " + dataDirectory);
    assertTrue(
        withVisible.stream().anyMatch(p -> p.toString().contains("pg_wal")),
        "the scan must read the WAL too: " + withVisible);
    assertEquals(List.of(), withSecret, "confidential content found in plaintext");

    Path archive = Path.of(System.getProperty("sigilo.it.archive-dir"));
    try (Stream<Path> files = Files.list(archive)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertTrue(!names.isEmpty(), "the attachment is in " + archive);
      assertTrue(
          names.stream().allMatch(n -> n.matches("[0-9a-f-]{36}")), "random names only: " + names);
    }
    assertEquals(
        List.of(), filesContaining(archive, secret), "attachment content or name in plaintext");
  }

  private static Connection adminConnection() throws SQLException {
    String url = System.getProperty("sigilo.it.pg.admin-url");
    if (url == null) {
      throw new IllegalStateException(
          "sigilo.it.pg.admin-url is not set: run the PostgreSQL suite with mvn verify");
    }
    return new org.postgresql.Driver().connect(url, new Properties());
  }

  private static List<Path> filesContaining(Path root, String marker) throws IOException {
    byte[] needle = marker.getBytes(StandardCharsets.US_ASCII);
    List<Path> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .filter(Files::isReadable)
          .forEach(
              file -> {
                if (contains(file, needle)) {
                  found.add(file);
                }
              });
    }
    return found;
  }

  /** Streams the file in chunks, keeping an overlap so a marker across two chunks is found. */
  private static boolean contains(Path file, byte[] needle) {
    String target = new String(needle, StandardCharsets.ISO_8859_1);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[CHUNK + needle.length];
      int carried = 0;
      int read;
      while ((read = in.read(buffer, carried, CHUNK)) > 0) {
        int length = carried + read;
        if (new String(buffer, 0, length, StandardCharsets.ISO_8859_1).contains(target)) {
          return true;
        }
        carried = Math.min(needle.length - 1, length);
        System.arraycopy(buffer, length - carried, buffer, 0, carried);
      }
      return false;
    } catch (IOException e) {
      if (Files.notExists(file)) {
        return false; // a temporary file PostgreSQL removed while we walked
      }
      throw new UncheckedIOException(e);
    }
  }
}

package org.sigilo.it.postgresql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sigilo.it.FreshPostgresDatabase;

/**
 * A WildFly of one test's own on a PostgreSQL database of its own, for the tests that must do to a
 * server what no shared one may suffer (kill it, cut its database off): a fresh database, an empty
 * data directory, a {@link KillableServer} copy of the configured test server with demo users, a
 * generated keystore and no scheduled jobs, and its {@link ServerApi}. Each test names its own
 * system properties {@code sigilo.it.<name>.server/.data/.log/.port.offset} (set by the PostgreSQL
 * suite's failsafe execution in ear/pom.xml).
 */
final class OwnServer {

  private final String test;
  private final String name;
  private final String database;
  private final Path data;
  private KillableServer server;
  private ServerApi api;

  private OwnServer(String test, String name, String database) {
    this.test = test;
    this.name = name;
    this.database = database;
    this.data = Path.of(required("sigilo.it." + name + ".data"));
  }

  /**
   * The H2 suite runs a PostgreSQL test class too when {@code -Dit.test} names it (that overrides
   * the suite's excludes). Such a test is skipped there test by test, not as a class: failsafe
   * writes no summary for an execution that ran no test at all, and {@code verify} then fails.
   */
  static boolean inH2Suite() {
    return "h2".equals(System.getProperty("sigilo.it.database"));
  }

  /**
   * Makes the test's database anew and empties the data directory (its master keystore belonged to
   * the dropped database), unmounting first what an earlier run left mounted below it.
   */
  static OwnServer prepare(String test, String name, String database)
      throws SQLException, IOException, InterruptedException {
    OwnServer own = new OwnServer(test, name, database);
    for (String line : Files.readAllLines(Path.of("/proc/mounts"))) {
      String mountPoint = line.split(" ")[1];
      if (mountPoint.startsWith(own.data + "/")) {
        run("umount", mountPoint);
      }
    }
    KillableServer.deleteRecursively(own.data);
    Files.createDirectories(own.data);
    FreshPostgresDatabase.main(
        new String[] {
          own.host(),
          Integer.toString(own.port()),
          own.adminUser(),
          database,
          own.required("sigilo.it.pg.app-user"),
          own.required("sigilo.it.pg.app-password")
        });
    return own;
  }

  /** The PostgreSQL the suite runs on. */
  String host() {
    return required("sigilo.it.pg.host");
  }

  int port() {
    return Integer.parseInt(required("sigilo.it.pg.port"));
  }

  /** The server's data directory (its archive is below it unless an argument says otherwise). */
  Path data() {
    return data;
  }

  /**
   * Starts the server, which reaches its database at {@code databaseHostPort} (the suite's
   * PostgreSQL, or a link to it); {@code moreArguments} are more {@code -D} arguments. Answers once
   * Sigilo is deployed.
   */
  void start(String databaseHostPort, List<String> moreArguments)
      throws IOException, InterruptedException {
    List<String> arguments = new ArrayList<>();
    arguments.add("-Dsigilo.db.url=jdbc:postgresql://" + databaseHostPort + "/" + database);
    arguments.add("-Dsigilo.db.user=" + required("sigilo.it.pg.app-user"));
    arguments.add("-Dsigilo.db.password=" + required("sigilo.it.pg.app-password"));
    arguments.add("-Dsigilo.demo-users=true");
    arguments.add("-Dsigilo.keystore.generate=true");
    arguments.add("-Dsigilo.data.dir=" + data);
    // nothing scheduled may start beside the test's own jobs
    arguments.add("-Dsigilo.retention-sweep.at=off");
    arguments.add("-Dsigilo.destruction.at=off");
    arguments.addAll(moreArguments);
    server =
        KillableServer.copyOf(
            Path.of(required("sigilo.it.jboss.home")),
            Path.of(required("sigilo.it." + name + ".server")),
            Path.of(required("sigilo.it.ear")),
            Path.of(required("sigilo.it." + name + ".log")),
            Integer.parseInt(required("sigilo.it." + name + ".port.offset")),
            arguments);
    server.start(Duration.ofMinutes(3));
    api = new ServerApi(server);
  }

  /** Mounts a tmpfs of {@code mib} MiB at a new directory (a volume that can be filled up). */
  static Path mountTmpfs(Path directory, int mib) throws IOException, InterruptedException {
    Files.createDirectories(directory);
    run("mount", "-t", "tmpfs", "-o", "size=" + mib + "m", "tmpfs", directory.toString());
    return directory;
  }

  static void unmount(Path directory) throws IOException, InterruptedException {
    run("umount", directory.toString());
  }

  /** Runs a command as root (CI and these machines are), failing loudly when it fails. */
  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output =
        new String(
            process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(
          String.join(" ", command) + " failed (the tests run as root, as CI does): " + output);
    }
  }

  KillableServer server() {
    return server;
  }

  ServerApi api() {
    return api;
  }

  /** Kills the server (if it started) and says where its output is kept. */
  void kill() throws InterruptedException {
    if (server != null) {
      server.kill();
      System.out.println(test + ": server output kept in " + server.consoleLog());
    }
  }

  /** A connection to the test's database as the suite's PostgreSQL admin, past the server. */
  Connection admin() throws SQLException {
    Properties credentials = new Properties();
    credentials.setProperty("user", adminUser());
    return DriverManager.getConnection(
        "jdbc:postgresql://" + host() + ":" + port() + "/" + database, credentials);
  }

  private String adminUser() {
    return required("sigilo.it.pg.admin-user");
  }

  private String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          property
              + " is not set: "
              + test
              + " runs in the failsafe execution in-server-tests-postgresql of ear/pom.xml, which"
              + " sets it (mvn verify -pl ear -Dit.test="
              + test
              + ")");
    }
    return value;
  }
}

package org.sigilo.it.postgresql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * A WildFly of one test's own, started with {@code bin/standalone.sh} as an operator starts it, and
 * killed like a power cut: SIGKILL to the script and every process under it, so that nothing of the
 * server gets to finish, roll back or log anything.
 *
 * <p>It is a copy of an already configured test server (the build's CLI scripts ran on it) with
 * Sigilo's EAR in its deployment scanner's directory, run on a port offset, database and data
 * directory of its own: the suite's Arquillian-managed server on the same machine never notices it.
 * Everything the server prints goes to one console log that outlives the test, for reading after a
 * failure.
 */
final class KillableServer {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** What a copy leaves out: the original server's state and logs, which it makes anew. */
  private static final Set<Path> NOT_COPIED =
      Set.of(
          Path.of("standalone", "data"),
          Path.of("standalone", "log"),
          Path.of("standalone", "tmp"),
          Path.of("standalone", "configuration", "standalone_xml_history"));

  private final Path home;
  private final Path consoleLog;
  private final int portOffset;
  private final List<String> serverArguments;
  private Process process;

  private KillableServer(
      Path home, Path consoleLog, int portOffset, List<String> systemProperties) {
    this.home = home;
    this.consoleLog = consoleLog;
    this.portOffset = portOffset;
    List<String> arguments = new ArrayList<>();
    arguments.add("-Djboss.socket.binding.port-offset=" + portOffset);
    arguments.addAll(systemProperties);
    this.serverArguments = List.copyOf(arguments);
  }

  /**
   * Copies the configured server at {@code configured} to {@code home} (replacing an earlier copy),
   * without its data, logs, temporary files, configuration history or deployments, and puts {@code
   * ear} into the copy's {@code standalone/deployments}. {@code systemProperties} are passed to the
   * server as {@code -Dname=value} arguments at every start.
   */
  static KillableServer copyOf(
      Path configured,
      Path home,
      Path ear,
      Path consoleLog,
      int portOffset,
      List<String> systemProperties)
      throws IOException {
    if (!Files.isRegularFile(configured.resolve("bin/standalone.sh"))) {
      throw new IllegalStateException(
          "No configured WildFly at " + configured + ": run the tests with mvn verify");
    }
    if (!Files.isRegularFile(ear)) {
      throw new IllegalStateException("No EAR at " + ear + ": run the tests with mvn verify");
    }
    deleteRecursively(home);
    copy(configured, home);
    Path deployments = home.resolve("standalone/deployments");
    Files.createDirectories(deployments);
    Files.copy(ear, deployments.resolve(ear.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    withoutManagedDeployments(home.resolve("standalone/configuration/standalone.xml"));
    Files.createDirectories(consoleLog.getParent());
    Files.deleteIfExists(consoleLog);
    return new KillableServer(home, consoleLog, portOffset, systemProperties);
  }

  /** {@code http://127.0.0.1:<8080 + offset>/sigilo} */
  String baseUrl() {
    return "http://127.0.0.1:" + httpPort() + "/sigilo";
  }

  Path consoleLog() {
    return consoleLog;
  }

  private int httpPort() {
    return 8080 + portOffset;
  }

  private int managementPort() {
    return 9990 + portOffset;
  }

  /**
   * Starts the server and waits until {@code GET /sigilo/api/health} answers 200 (the EAR deployed
   * and its database reachable). Fails, with the end of the console log, when the server exits
   * first or is not healthy within {@code timeout}.
   */
  void start(Duration timeout) throws IOException, InterruptedException {
    if (isRunning()) {
      throw new IllegalStateException("The server at " + home + " is running already");
    }
    for (int port : new int[] {httpPort(), managementPort()}) {
      if (listening(port)) {
        throw new IllegalStateException(
            "Port "
                + port
                + " is in use before the server at "
                + home
                + " starts: another server (one left over from an interrupted run of this test?)"
                + " would answer in its place. Stop it first.");
      }
    }
    Files.writeString(
        consoleLog,
        "==== "
            + Instant.now()
            + " starting "
            + home
            + " "
            + serverArguments
            + System.lineSeparator(),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
    List<String> command = new ArrayList<>();
    command.add("bash");
    command.add(home.resolve("bin/standalone.sh").toString());
    command.addAll(serverArguments);
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(home.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile()));
    Map<String, String> environment = builder.environment();
    environment.put("JBOSS_HOME", home.toString());
    environment.put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // WildFly's own JAVA_OPTS defaults stay (IPv4, headless, module packages); only the heap grows
    environment.remove("JAVA_OPTS");
    environment.put("JBOSS_JAVA_SIZING", "-Xms256m -Xmx1g");
    environment.remove("LAUNCH_JBOSS_IN_BACKGROUND");
    environment.remove("JBOSS_PIDFILE");
    process = builder.start();

    Instant deadline = Instant.now().plus(timeout);
    String lastAnswer = "no answer yet";
    while (true) {
      if (!process.isAlive()) {
        throw new AssertionError(
            "The server exited ("
                + process.exitValue()
                + ") before it was healthy; the end of "
                + consoleLog
                + ":\n"
                + logTail(100));
      }
      try {
        HttpResponse<String> health =
            HTTP.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/api/health"))
                    .timeout(Duration.ofSeconds(10))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200) {
          return;
        }
        lastAnswer = health.statusCode() + " " + health.body();
      } catch (IOException e) {
        lastAnswer = e.toString();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(
            "The server was not healthy within "
                + timeout
                + " (last answer: "
                + lastAnswer
                + "); the end of "
                + consoleLog
                + ":\n"
                + logTail(100));
      }
      Thread.sleep(500);
    }
  }

  boolean isRunning() {
    return process != null && process.isAlive();
  }

  /**
   * Kills the server like a power cut: SIGKILL to every process under the start script (the JVM
   * first, while it is still the script's child and can be found) and to the script, then waits
   * until all of them are gone.
   */
  void kill() throws InterruptedException {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroyForcibly);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(60, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e);
      } catch (TimeoutException e) {
        throw new AssertionError(
            "Process " + handle.pid() + " of the server at " + home + " survived SIGKILL for 60 s");
      }
    }
    process = null;
  }

  /** The last {@code lines} lines of the console log (the server's whole output). */
  String logTail(int lines) {
    try {
      if (!Files.exists(consoleLog)) {
        return "(no console log at " + consoleLog + ")";
      }
      List<String> all = Files.readAllLines(consoleLog, StandardCharsets.ISO_8859_1);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(could not read " + consoleLog + ": " + e + ")";
    }
  }

  private static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Removes deployments a management client (the suite's Arquillian) may have left recorded in the
   * configuration: their content lives in the original's {@code standalone/data}, which is not
   * copied, and the copy would not boot with them.
   */
  private static void withoutManagedDeployments(Path standaloneXml) throws IOException {
    String xml = Files.readString(standaloneXml, StandardCharsets.UTF_8);
    String cleaned = xml.replaceAll("(?s)\\s*<deployments>.*?</deployments>", "");
    if (!cleaned.equals(xml)) {
      Files.writeString(standaloneXml, cleaned, StandardCharsets.UTF_8);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Path deployments = from.resolve("standalone/deployments");
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes)
              throws IOException {
            Path relative = from.relativize(directory);
            if (NOT_COPIED.contains(relative)) {
              return FileVisitResult.SKIP_SUBTREE;
            }
            Files.createDirectories(to.resolve(relative.toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (file.getParent().equals(deployments)) {
              return FileVisitResult.CONTINUE;
            }
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  static void deleteRecursively(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}

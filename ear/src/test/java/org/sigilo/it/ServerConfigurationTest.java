package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLI scripts that configure WildFly are idempotent: run again on a configured server, they
 * succeed and change nothing. Runs on the test servers the build has just configured.
 */
class ServerConfigurationTest {

  @ParameterizedTest
  @CsvSource({"h2", "postgresql"})
  void configurationScriptsChangeNothingOnASecondRun(String database) throws Exception {
    Path home = Path.of(required("sigilo.it." + database + ".home"));
    Path config = home.resolve("standalone/configuration/standalone.xml");
    String before = Files.readString(config, StandardCharsets.UTF_8);

    runCli(home, "configure-datasource-" + database + ".cli");
    runCli(home, "configure-server.cli");

    assertEquals(before, Files.readString(config, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "h2, ${sigilo.data.dir:${env.SIGILO_DATA_DIR:${user.home}/.sigilo}}/sigilo",
    "postgresql, ${sigilo.db.url:${env.SIGILO_DB_URL:jdbc:postgresql://127.0.0.1:5432/sigilo}}"
  })
  void theConfigurationKeepsEnvironmentSpecificValuesAsExpressions(
      String database, String expression) throws IOException {
    String config =
        Files.readString(
            Path.of(
                required("sigilo.it." + database + ".home"),
                "standalone/configuration/standalone.xml"));
    assertTrue(config.contains("jndi-name=\"java:jboss/datasources/SigiloDS\""));
    assertTrue(config.contains(expression), "connection URL resolved at start-up, not baked in");
    assertTrue(
        config.contains("<default-job-repository name=\"sigilo\"/>"),
        "JDBC job repository is the default");
    assertTrue(config.contains("<jdbc data-source=\"SigiloDS\"/>"), "job repository on SigiloDS");
    assertTrue(config.contains("integrated-jaspi=\"false\""));
    assertTrue(!config.contains("it-only-not-a-secret"), "no password in the configuration");
  }

  private static void runCli(Path home, String script) throws Exception {
    Process cli =
        new ProcessBuilder(
                "bash",
                home.resolve("bin/jboss-cli.sh").toString(),
                "--file=" + Path.of(required("sigilo.cli.dir"), script))
            .redirectErrorStream(true)
            .start();
    String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(cli.waitFor(120, TimeUnit.SECONDS), script + " did not finish");
    assertEquals(0, cli.exitValue(), script + " failed:\n" + output);
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set: run through Maven (mvn verify)");
    }
    return value;
  }
}

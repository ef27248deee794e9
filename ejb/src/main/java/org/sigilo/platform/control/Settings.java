package org.sigilo.platform.control;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Sigilo's configuration comes from: a system property (e.g. {@code sigilo.data.dir}) first,
 * else an environment variable (e.g. {@code SIGILO_DATA_DIR}). Nothing secret has a default.
 */
public final class Settings {

  private Settings() {}

  public static Optional<String> value(String property, String environmentVariable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentVariable);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  /**
   * The data directory: the embedded database, the master keystore of the embedded default and
   * archive files live below it. The same default as the H2 datasource's URL
   * (configure-datasource-h2.cli).
   */
  public static Path dataDirectory() {
    return Path.of(
        value("sigilo.data.dir", "SIGILO_DATA_DIR")
            .orElse(System.getProperty("user.home") + "/.sigilo"));
  }
}

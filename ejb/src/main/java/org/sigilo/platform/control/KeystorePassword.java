package org.sigilo.platform.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The password of a PKCS#12 keystore Sigilo opens at start-up (the master keys, the certificate
 * signing key): from configuration, else from the owner-only file beside a keystore Sigilo
 * generated itself. Failures stop the deployment with a sentence saying what to configure.
 */
public final class KeystorePassword {

  private KeystorePassword() {}

  /** The configured password, else the one kept in {@code passwordFile}. */
  public static char[] of(String property, String environmentVariable, Path passwordFile) {
    var configured = Settings.value(property, environmentVariable);
    if (configured.isPresent()) {
      return configured.get().toCharArray();
    }
    if (Files.isRegularFile(passwordFile)) {
      try {
        return Files.readString(passwordFile, StandardCharsets.UTF_8).trim().toCharArray();
      } catch (IOException e) {
        throw new IllegalStateException("Cannot read " + passwordFile + ": " + e.getMessage(), e);
      }
    }
    throw new IllegalStateException(
        "The password of the keystore beside "
            + passwordFile
            + " is not configured: set "
            + property
            + " or "
            + environmentVariable
            + ".");
  }

  /**
   * For a keystore about to be generated: the configured password, else a random one written to
   * {@code passwordFile}, readable only by its owner. Refuses when that file exists already: its
   * keystore is gone, and must be restored from backup rather than replaced.
   */
  public static char[] forNewKeystore(
      String property, String environmentVariable, Path passwordFile) {
    var configured = Settings.value(property, environmentVariable);
    if (configured.isPresent()) {
      return configured.get().toCharArray();
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    try {
      Files.createDirectories(passwordFile.getParent());
      Files.createFile(
          passwordFile,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(passwordFile, password, StandardCharsets.UTF_8);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalStateException(
          passwordFile + " exists but its keystore is gone: restore the keystore from backup.", e);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write " + passwordFile + ": " + e.getMessage(), e);
    }
    return password.toCharArray();
  }
}

package org.sigilo.crypto.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import javax.crypto.SecretKey;

/**
 * The PKCS#12 keystore that holds the master keys, {@code master-1}, {@code master-2}, ... The
 * highest number is current: new key-encryption keys are wrapped by it, older ones stay until every
 * key-encryption key has been re-wrapped ({@link #rotate()} adds the next one). Its path and
 * password come from configuration, never from the repository.
 */
public final class MasterKeyStore {

  static final String ALIAS_PREFIX = "master-";

  private final Path path;
  private final char[] password;
  private final KeyStore keyStore;

  private MasterKeyStore(Path path, char[] password, KeyStore keyStore) {
    this.path = path;
    this.password = password.clone();
    this.keyStore = keyStore;
  }

  /** Opens the keystore at {@code path}; fails with a clear message if it is missing or locked. */
  public static MasterKeyStore open(Path path, char[] password) {
    if (!Files.isRegularFile(path)) {
      throw new CryptoException(
          "No master keystore at "
              + path
              + ". Point sigilo.keystore.path (or SIGILO_KEYSTORE_PATH) at Sigilo's PKCS#12 keystore.");
    }
    try (InputStream in = Files.newInputStream(path)) {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, password);
      MasterKeyStore store = new MasterKeyStore(path, password, keyStore);
      store.currentAlias();
      return store;
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new CryptoException(
            "Cannot open the master keystore "
                + path
                + ": wrong password (sigilo.keystore.password)",
            e);
      }
      throw new CryptoException(
          "Cannot read the master keystore " + path + ": " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new CryptoException(
          "Cannot open the master keystore " + path + ": " + e.getMessage(), e);
    }
  }

  /** Creates a new keystore with one fresh master key; refuses to overwrite an existing file. */
  public static MasterKeyStore create(Path path, char[] password) {
    if (Files.exists(path)) {
      throw new CryptoException("Refusing to overwrite the existing master keystore " + path);
    }
    try {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, password);
      MasterKeyStore store = new MasterKeyStore(path, password, keyStore);
      store.add(ALIAS_PREFIX + 1);
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new CryptoException(
          "Cannot create a master keystore at " + path + ": " + e.getMessage(), e);
    }
  }

  public String currentAlias() {
    List<String> aliases = masterAliases();
    if (aliases.isEmpty()) {
      throw new CryptoException("The keystore " + path + " holds no master key (master-1, ...)");
    }
    return aliases.get(aliases.size() - 1);
  }

  public SecretKey current() {
    return key(currentAlias());
  }

  public SecretKey key(String alias) {
    try {
      if (!keyStore.containsAlias(alias)) {
        throw new CryptoException(
            "The master keystore "
                + path
                + " has no key "
                + alias
                + ": is this the right keystore?");
      }
      return (SecretKey) keyStore.getKey(alias, password);
    } catch (GeneralSecurityException e) {
      throw new CryptoException("Cannot read master key " + alias + " from " + path, e);
    }
  }

  /** Adds the next master key and makes it current; answers its alias. */
  public String rotate() {
    String next = ALIAS_PREFIX + (number(currentAlias()) + 1);
    add(next);
    return next;
  }

  private void add(String alias) {
    try {
      keyStore.setEntry(
          alias,
          new KeyStore.SecretKeyEntry(KeyWrapper.newAesKey()),
          new KeyStore.PasswordProtection(password));
      save();
    } catch (GeneralSecurityException | IOException e) {
      try {
        keyStore.deleteEntry(alias); // not on disk, so it must not be current either
      } catch (GeneralSecurityException ignored) {
        // the entry was never added
      }
      throw new CryptoException("Cannot add master key " + alias + " to " + path, e);
    }
  }

  /** Written beside the target and moved over it, so a crash never leaves half a keystore. */
  private void save() throws IOException, GeneralSecurityException {
    Path parent = path.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, ".master-keystore", ".tmp");
    try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
      keyStore.store(Channels.newOutputStream(channel), password);
      channel.force(true); // on disk before it replaces the keystore: losing it loses every record
    }
    try {
      Files.move(
          temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
    }
    try (FileChannel directory = FileChannel.open(parent, StandardOpenOption.READ)) {
      directory.force(true);
    }
  }

  private List<String> masterAliases() {
    try {
      return Collections.list(keyStore.aliases()).stream()
          .filter(alias -> alias.matches(ALIAS_PREFIX + "\\d+"))
          .sorted(Comparator.comparingInt(MasterKeyStore::number))
          .toList();
    } catch (GeneralSecurityException e) {
      throw new CryptoException("Cannot list the keys of " + path, e);
    }
  }

  private static int number(String alias) {
    return Integer.parseInt(alias.substring(ALIAS_PREFIX.length()));
  }
}

package org.sigilo.crypto.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.crypto.SecretKey;
import org.sigilo.crypto.entity.KeyEncryptionKey;
import org.sigilo.platform.control.KeystorePassword;
import org.sigilo.platform.control.SchemaMigration;
import org.sigilo.platform.control.Settings;

/**
 * Opens the master keystore at start-up, so that a missing keystore or a wrong password stops the
 * deployment with a clear message instead of failing the first call documented.
 *
 * <p>Configuration: {@code sigilo.keystore.path} / {@code SIGILO_KEYSTORE_PATH} (default {@code
 * <data dir>/master-keystore.p12}) and {@code sigilo.keystore.password} / {@code
 * SIGILO_KEYSTORE_PASSWORD}. On the embedded default (or with {@code
 * sigilo.keystore.generate=true}) a missing keystore is created at first start with a random
 * password kept beside it in {@code master-keystore.password}, readable only by its owner: fine for
 * trying Sigilo, while production keeps the password in the environment or WildFly's credential
 * store.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class MasterKeys {

  @EJB SchemaMigration schema;
  @Inject EntityManager entityManager;
  @Inject Logger log;

  private MasterKeyStore store;

  /**
   * Master keys once read: reading a PKCS#12 entry runs a deliberately slow key derivation, far too
   * slow to repeat for every value sealed or opened.
   */
  private final Map<String, SecretKey> keys = new ConcurrentHashMap<>();

  /** Ids of the live key-encryption keys of disposition epochs, by epoch. */
  private final Map<String, Long> epochKeyIds = new ConcurrentHashMap<>();

  @PostConstruct
  void open() {
    Path path =
        Path.of(
            Settings.value("sigilo.keystore.path", "SIGILO_KEYSTORE_PATH")
                .orElse(Settings.dataDirectory().resolve("master-keystore.p12").toString()));
    Path passwordFile = path.resolveSibling("master-keystore.password");
    boolean mayGenerate =
        schema.isEmbeddedH2()
            || Settings.value("sigilo.keystore.generate", "SIGILO_KEYSTORE_GENERATE")
                .map(Boolean::parseBoolean)
                .orElse(false);
    if (Files.exists(path)) {
      store =
          MasterKeyStore.open(
              path,
              KeystorePassword.of(
                  "sigilo.keystore.password", "SIGILO_KEYSTORE_PASSWORD", passwordFile));
    } else if (mayGenerate) {
      store =
          MasterKeyStore.create(
              path,
              KeystorePassword.forNewKeystore(
                  "sigilo.keystore.password", "SIGILO_KEYSTORE_PASSWORD", passwordFile));
      log.warning(
          "Created a new master keystore at "
              + path
              + ": back it up; without it no record can be read.");
    } else {
      throw new CryptoException(
          "No master keystore at "
              + path
              + ". Create one (see README, 'Keys') and set its path and password.");
    }
    ensurePendingKey();
  }

  @Lock(LockType.READ)
  public String currentAlias() {
    return store.currentAlias();
  }

  @Lock(LockType.READ)
  public SecretKey key(String alias) {
    return keys.computeIfAbsent(alias, store::key);
  }

  /** Adds a new master key and makes it current; the caller re-wraps key-encryption keys. */
  @Lock(LockType.WRITE)
  public String rotate() {
    return store.rotate();
  }

  /**
   * The id of the live key-encryption key of a disposition epoch (a month, {@code 2033-05}),
   * created when the epoch has none yet (a new generation if an earlier one was destroyed).
   * Committed on its own, so that the sweep partitions running side by side all find the one key
   * instead of each making their own; the write lock serializes the check and the creation. The id
   * is remembered: a sweep asks for the same few dozen months in every chunk. Whoever destroys an
   * epoch's key calls {@link #forgetEpochKey} (a forgotten call would fail loudly: a destroyed key
   * has no key material to wrap with).
   */
  @Lock(LockType.WRITE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long liveEpochKey(String epoch) {
    Long known = epochKeyIds.get(epoch);
    if (known != null) {
      return known;
    }
    var live =
        entityManager
            .createNamedQuery(KeyEncryptionKey.LIVE_FOR_EPOCH, KeyEncryptionKey.class)
            .setParameter("epoch", epoch)
            .setMaxResults(1)
            .getResultList();
    if (!live.isEmpty()) {
      // remembered only once committed by someone: a key created below is found next time
      epochKeyIds.put(epoch, live.get(0).id());
      return live.get(0).id();
    }
    return createEpochKey(epoch);
  }

  /** Forgets the remembered key of an epoch, once that key is destroyed. */
  @Lock(LockType.WRITE)
  public void forgetEpochKey(String epoch) {
    epochKeyIds.remove(epoch);
  }

  private long createEpochKey(String epoch) {
    int generation =
        entityManager
                .createQuery(
                    "SELECT COALESCE(MAX(k.generation), 0) FROM KeyEncryptionKey k"
                        + " WHERE k.epoch = :epoch",
                    Integer.class)
                .setParameter("epoch", epoch)
                .getSingleResult()
            + 1;
    String alias = store.currentAlias();
    KeyEncryptionKey created =
        new KeyEncryptionKey(
            epoch,
            generation,
            alias,
            KeyWrapper.wrap(key(alias), KeyWrapper.newAesKey()),
            Instant.now());
    entityManager.persist(created);
    entityManager.flush();
    return created.id();
  }

  /** Records whose due date is not known yet start under the live 'pending' key. */
  private void ensurePendingKey() {
    boolean present =
        !entityManager
            .createNamedQuery(KeyEncryptionKey.LIVE_FOR_EPOCH, KeyEncryptionKey.class)
            .setParameter("epoch", KeyEncryptionKey.PENDING)
            .getResultList()
            .isEmpty();
    if (!present) {
      String alias = store.currentAlias();
      entityManager.persist(
          new KeyEncryptionKey(
              KeyEncryptionKey.PENDING,
              1,
              alias,
              KeyWrapper.wrap(store.key(alias), KeyWrapper.newAesKey()),
              Instant.now()));
    }
  }
}

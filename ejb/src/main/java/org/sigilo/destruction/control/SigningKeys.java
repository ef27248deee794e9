package org.sigilo.destruction.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.sigilo.certificates.control.CertificateSigner;
import org.sigilo.certificates.control.SigningIdentity;
import org.sigilo.platform.control.KeystorePassword;
import org.sigilo.platform.control.SchemaMigration;
import org.sigilo.platform.control.Settings;

/**
 * The organization's certificate-signing key, opened at start-up so that a missing keystore or a
 * wrong password stops the deployment with a clear message instead of failing the first destruction
 * after its records are gone.
 *
 * <p>Configuration: {@code sigilo.signing.keystore.path} / {@code SIGILO_SIGNING_KEYSTORE_PATH}
 * (default {@code <data dir>/signing-keystore.p12}), {@code sigilo.signing.keystore.password} /
 * {@code SIGILO_SIGNING_KEYSTORE_PASSWORD}, optionally {@code sigilo.signing.key.alias}; the
 * organization's name {@code sigilo.organization} / {@code SIGILO_ORGANIZATION}; and a timestamp
 * authority {@code sigilo.timestamp.url} / {@code SIGILO_TIMESTAMP_URL} (then certificates are
 * PAdES B-T, else B-B). On the embedded default (or with {@code sigilo.keystore.generate=true}) a
 * missing keystore is created at first start with a self-signed certificate and a random password
 * kept beside it, readable only by its owner: fine for trying Sigilo; production brings a key its
 * relying parties trust.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SigningKeys {

  private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

  @EJB SchemaMigration schema;

  private SigningIdentity identity;
  private Optional<URI> timestampAuthority;
  private String organization;

  @PostConstruct
  void open() {
    organization =
        Settings.value("sigilo.organization", "SIGILO_ORGANIZATION").orElse("Sigilo (demo)");
    Path path =
        Path.of(
            Settings.value("sigilo.signing.keystore.path", "SIGILO_SIGNING_KEYSTORE_PATH")
                .orElse(Settings.dataDirectory().resolve("signing-keystore.p12").toString()));
    Path passwordFile = path.resolveSibling("signing-keystore.password");
    boolean mayGenerate =
        schema.isEmbeddedH2()
            || Settings.value("sigilo.keystore.generate", "SIGILO_KEYSTORE_GENERATE")
                .map(Boolean::parseBoolean)
                .orElse(false);
    String alias =
        Settings.value("sigilo.signing.key.alias", "SIGILO_SIGNING_KEY_ALIAS").orElse(null);
    if (Files.exists(path)) {
      identity =
          SigningIdentity.load(
              path,
              KeystorePassword.of(
                  "sigilo.signing.keystore.password",
                  "SIGILO_SIGNING_KEYSTORE_PASSWORD",
                  passwordFile),
              alias);
    } else if (mayGenerate) {
      identity =
          SigningIdentity.generate(
              path,
              KeystorePassword.forNewKeystore(
                  "sigilo.signing.keystore.password",
                  "SIGILO_SIGNING_KEYSTORE_PASSWORD",
                  passwordFile),
              organization);
      LOG.warning(
          "Created a self-signed certificate-signing key at "
              + path
              + ": fine for trying Sigilo; configure the organization's own for real use.");
    } else {
      throw new IllegalStateException(
          "No certificate-signing keystore at "
              + path
              + ". Set sigilo.signing.keystore.path and its password (see README, 'Keys').");
    }
    timestampAuthority =
        Settings.value("sigilo.timestamp.url", "SIGILO_TIMESTAMP_URL").map(URI::create);
  }

  /** A signer with the organization's key (and its timestamp authority, if configured). */
  @Lock(LockType.READ)
  public CertificateSigner signer() {
    return new CertificateSigner(identity, timestampAuthority);
  }

  @Lock(LockType.READ)
  public SigningIdentity identity() {
    return identity;
  }

  @Lock(LockType.READ)
  public boolean timestamps() {
    return timestampAuthority.isPresent();
  }

  @Lock(LockType.READ)
  public String organization() {
    return organization;
  }
}

package org.sigilo.certificates.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.sigilo.platform.control.KeystorePassword;
import org.sigilo.platform.control.SchemaMigration;
import org.sigilo.platform.control.Settings;
import org.sigilo.platform.i18n.Messages;

/**
 * The organization's certificate-signing key, opened at start-up so that a missing keystore or a
 * wrong password stops the deployment with a clear message instead of failing the first destruction
 * after its records are gone.
 *
 * <p>Configuration: {@code sigilo.signing.keystore.path} / {@code SIGILO_SIGNING_KEYSTORE_PATH}
 * (default {@code <data dir>/signing-keystore.p12}), {@code sigilo.signing.keystore.password} /
 * {@code SIGILO_SIGNING_KEYSTORE_PASSWORD}, optionally {@code sigilo.signing.key.alias}; the
 * organization's name {@code sigilo.organization} / {@code SIGILO_ORGANIZATION} and the language
 * its certificates are printed in, {@code sigilo.organization.language} / {@code
 * SIGILO_ORGANIZATION_LANGUAGE} (default {@code en}; one Sigilo has a message bundle for, else the
 * deployment stops naming those); and a timestamp authority {@code sigilo.timestamp.url} / {@code
 * SIGILO_TIMESTAMP_URL} (then certificates are PAdES B-T, else B-B). On the embedded default (or
 * with {@code sigilo.keystore.generate=true}) a missing keystore is created at first start with a
 * self-signed certificate and a random password kept beside it, readable only by its owner: fine
 * for trying Sigilo; production brings a key its relying parties trust.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class SigningKeys {

  @Inject Logger log;

  @EJB SchemaMigration schema;

  private SigningIdentity identity;
  private Optional<URI> timestampAuthority;
  private String organization;
  private Locale organizationLanguage;

  @PostConstruct
  void open() {
    organization =
        Settings.value("sigilo.organization", "SIGILO_ORGANIZATION").orElse("Sigilo (demo)");
    organizationLanguage =
        certificateLanguage(
            Settings.value("sigilo.organization.language", "SIGILO_ORGANIZATION_LANGUAGE")
                .orElse(null));
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
      log.warning(
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

  /** The language the organization's certificates are printed in. */
  @Lock(LockType.READ)
  public Locale organizationLanguage() {
    return organizationLanguage;
  }

  /**
   * The configured certificate language: English when none is configured, else a language Sigilo
   * has every text for (a regional tag such as {@code es-MX} is its language).
   *
   * <p>Checked at start-up, like the keystore: a certificate is issued only after its records are
   * destroyed, and a language found wrong then would leave a finished destruction without its
   * certificate until someone fixed the setting and restarted the job. Failing the deployment
   * instead tells the operator at once, while nothing has happened yet.
   *
   * @throws IllegalStateException naming the setting, the value and the supported languages
   */
  static Locale certificateLanguage(String configured) {
    if (configured == null || configured.isBlank()) {
      return Messages.BASE;
    }
    // es_ES, as a POSIX locale spells it, is the language tag es-ES
    return Messages.language(configured.strip().replace('_', '-'))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "SIGILO_ORGANIZATION_LANGUAGE (sigilo.organization.language) is '"
                        + configured.strip()
                        + "', a language Sigilo cannot print certificates in. Use one of: "
                        + CertificateContent.supportedLanguages()
                        + "."));
  }
}

package org.sigilo.certificates.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningIdentityTest {

  @TempDir Path directory;

  @Test
  void aGeneratedIdentityLoadsAgainWithTheSameKeyAndCertificate() throws Exception {
    Path p12 = directory.resolve("signing.p12");
    SigningIdentity generated =
        SigningIdentity.generate(p12, "secret".toCharArray(), "Peña Núñez, S.A.");

    SigningIdentity loaded = SigningIdentity.load(p12, "secret".toCharArray(), null);
    SigningIdentity byAlias =
        SigningIdentity.load(p12, "secret".toCharArray(), SigningIdentity.GENERATED_ALIAS);

    assertArrayEquals(generated.privateKey().getEncoded(), loaded.privateKey().getEncoded());
    assertEquals(generated.certificate(), loaded.certificate());
    assertEquals(generated.certificate(), byAlias.certificate());
  }

  @Test
  void theGeneratedCertificateNamesTheOrganizationAndMaySignForTenYears() throws Exception {
    X509Certificate certificate =
        SigningIdentity.generate(
                directory.resolve("signing.p12"), "secret".toCharArray(), "Peña Núñez, S.A.")
            .certificate();
    String subject = certificate.getSubjectX500Principal().getName();
    assertTrue(subject.contains("CN=Peña Núñez\\, S.A. Destruction Certificates"), subject);
    assertTrue(subject.contains("O=Peña Núñez\\, S.A."), subject);
    boolean[] usage = certificate.getKeyUsage();
    assertTrue(usage[0], "digitalSignature");
    assertTrue(usage[1], "nonRepudiation");
    assertFalse(usage[5], "not a certification authority");
    assertEquals(-1, certificate.getBasicConstraints());
    Duration validity =
        Duration.between(
            certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    assertTrue(validity.toDays() >= 3650, validity.toString());
    assertTrue(certificate.getNotBefore().toInstant().isBefore(Instant.now()));
  }

  @Test
  void theKeystoreIsReadableByItsOwnerOnly() throws Exception {
    Path p12 = directory.resolve("signing.p12");
    SigningIdentity.generate(p12, "secret".toCharArray(), "Org");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(p12)));
  }

  @Test
  void theWrongPasswordFailsWithAClearMessage() {
    Path p12 = directory.resolve("signing.p12");
    SigningIdentity.generate(p12, "right".toCharArray(), "Org");
    CertificateIssueException failure =
        assertThrows(
            CertificateIssueException.class,
            () -> SigningIdentity.load(p12, "wrong".toCharArray(), null));
    assertTrue(failure.getMessage().contains("wrong password"), failure.getMessage());
    assertTrue(failure.getMessage().contains(p12.toString()), failure.getMessage());
  }

  @Test
  void aMissingKeystoreSaysWhereItWasLookedFor() {
    Path p12 = directory.resolve("nowhere.p12");
    CertificateIssueException failure =
        assertThrows(
            CertificateIssueException.class,
            () -> SigningIdentity.load(p12, "x".toCharArray(), null));
    assertTrue(failure.getMessage().startsWith("No signing keystore at " + p12));
  }

  @Test
  void anUnknownAliasIsNamed() {
    Path p12 = directory.resolve("signing.p12");
    SigningIdentity.generate(p12, "pw".toCharArray(), "Org");
    CertificateIssueException failure =
        assertThrows(
            CertificateIssueException.class,
            () -> SigningIdentity.load(p12, "pw".toCharArray(), "other"));
    assertTrue(failure.getMessage().contains("no entry named 'other'"), failure.getMessage());
  }

  @Test
  void aFileThatIsNotAKeystoreIsReportedAsSuch() throws Exception {
    Path p12 = directory.resolve("garbage.p12");
    Files.writeString(p12, "not a keystore");
    CertificateIssueException failure =
        assertThrows(
            CertificateIssueException.class,
            () -> SigningIdentity.load(p12, "pw".toCharArray(), null));
    assertTrue(failure.getMessage().contains(p12.toString()), failure.getMessage());
  }

  @Test
  void aKeystoreWithoutPrivateKeySaysSo() throws Exception {
    Path p12 = directory.resolve("signing.p12");
    X509Certificate certificate =
        SigningIdentity.generate(p12, "pw".toCharArray(), "Org").certificate();
    Path onlyCertificate = directory.resolve("certificate-only.p12");
    java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
    store.load(null, "pw".toCharArray());
    store.setCertificateEntry("trusted", certificate);
    try (var out = Files.newOutputStream(onlyCertificate)) {
      store.store(out, "pw".toCharArray());
    }
    CertificateIssueException failure =
        assertThrows(
            CertificateIssueException.class,
            () -> SigningIdentity.load(onlyCertificate, "pw".toCharArray(), null));
    assertTrue(failure.getMessage().contains("no private key entry"), failure.getMessage());
  }

  @Test
  void generationNeverOverwritesAnExistingKeystore() throws Exception {
    Path p12 = directory.resolve("signing.p12");
    SigningIdentity first = SigningIdentity.generate(p12, "pw".toCharArray(), "Org");
    CertificateIssueException failure =
        assertThrows(
            CertificateIssueException.class,
            () -> SigningIdentity.generate(p12, "pw".toCharArray(), "Org"));
    assertTrue(failure.getMessage().contains("Refusing to overwrite"), failure.getMessage());
    assertEquals(
        first.certificate(), SigningIdentity.load(p12, "pw".toCharArray(), null).certificate());
  }

  @Test
  void itsTextNamesTheCertificateNeverTheKey() {
    SigningIdentity identity =
        SigningIdentity.generate(directory.resolve("signing.p12"), "pw".toCharArray(), "Org");
    assertEquals("SigningIdentity[CN=Org Destruction Certificates,O=Org]", identity.toString());
    assertEquals(List.of(identity.certificate()), identity.chain());
  }
}

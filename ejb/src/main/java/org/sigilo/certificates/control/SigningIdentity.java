package org.sigilo.certificates.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The key and certificate chain that sign certificates of destruction, as kept in a PKCS#12 file
 * whose path and password come from configuration, never from the repository. The first certificate
 * of the chain is the signer's; the rest, if any, lead to the issuing authority and are embedded in
 * every signature so validators can build the path.
 *
 * <p>{@link #generate} makes a self-signed identity for an organization that has none from a
 * certification authority; whether that is allowed is the caller's decision. Cryptography uses the
 * JDK's providers only (BouncyCastle builds the certificate but registers nothing).
 *
 * @param privateKey the signing key
 * @param chain the signer's certificate first, then its issuers
 */
public record SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

  /** The alias under which {@link #generate} stores the identity. */
  public static final String GENERATED_ALIAS = "destruction-certificates";

  private static final Duration VALIDITY = Duration.ofDays(3653);

  public SigningIdentity {
    Objects.requireNonNull(privateKey, "privateKey");
    chain = List.copyOf(chain);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("A signing identity needs its certificate");
    }
  }

  /** The signer's own certificate. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** Names the identity by its certificate's subject; never shows the key. */
  @Override
  public String toString() {
    return "SigningIdentity[" + certificate().getSubjectX500Principal().getName() + "]";
  }

  /**
   * Loads the identity stored under {@code alias} in the PKCS#12 file {@code p12}, or its only
   * private-key entry when {@code alias} is {@code null}.
   *
   * @throws CertificateIssueException with a message naming the file and what is wrong: missing,
   *     wrong password, no (or no such, or more than one) private-key entry, a key that does not
   *     match its certificate
   */
  public static SigningIdentity load(Path p12, char[] password, String alias) {
    if (!Files.isRegularFile(p12)) {
      throw new CertificateIssueException(
          "No signing keystore at " + p12 + ": configure the PKCS#12 file that signs certificates");
    }
    KeyStore keyStore;
    try (InputStream in = Files.newInputStream(p12)) {
      keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(in, password);
    } catch (IOException e) {
      if (e.getCause() instanceof UnrecoverableKeyException) {
        throw new CertificateIssueException(
            "Cannot open the signing keystore " + p12 + ": wrong password", e);
      }
      throw new CertificateIssueException(
          "Cannot read the signing keystore " + p12 + " (is it PKCS#12?): " + e.getMessage(), e);
    } catch (GeneralSecurityException e) {
      throw new CertificateIssueException(
          "Cannot open the signing keystore " + p12 + ": " + e.getMessage(), e);
    }
    try {
      String chosen = alias == null ? onlyKeyAlias(keyStore, p12) : alias;
      if (!keyStore.containsAlias(chosen)) {
        throw new CertificateIssueException(
            "The signing keystore " + p12 + " has no entry named '" + chosen + "'");
      }
      if (!keyStore.isKeyEntry(chosen)) {
        throw new CertificateIssueException(
            "The entry '" + chosen + "' of " + p12 + " is not a private key entry");
      }
      PrivateKey key = (PrivateKey) keyStore.getKey(chosen, password);
      Certificate[] certificates = keyStore.getCertificateChain(chosen);
      if (key == null || certificates == null || certificates.length == 0) {
        throw new CertificateIssueException(
            "The entry '" + chosen + "' of " + p12 + " holds no private key with a certificate");
      }
      List<X509Certificate> chain = new ArrayList<>();
      for (Certificate certificate : certificates) {
        if (!(certificate instanceof X509Certificate x509)) {
          throw new CertificateIssueException(
              "The entry '" + chosen + "' of " + p12 + " holds a certificate that is not X.509");
        }
        chain.add(x509);
      }
      SigningIdentity identity = new SigningIdentity(key, chain);
      identity.checkKeyMatchesCertificate(p12 + " entry '" + chosen + "'");
      return identity;
    } catch (UnrecoverableKeyException e) {
      throw new CertificateIssueException(
          "Cannot open the private key in " + p12 + ": wrong password", e);
    } catch (GeneralSecurityException e) {
      throw new CertificateIssueException(
          "Cannot read the private key in " + p12 + ": " + e.getMessage(), e);
    }
  }

  private static String onlyKeyAlias(KeyStore keyStore, Path p12) throws GeneralSecurityException {
    List<String> keys = new ArrayList<>();
    for (String each : Collections.list(keyStore.aliases())) {
      if (keyStore.isKeyEntry(each)) {
        keys.add(each);
      }
    }
    if (keys.isEmpty()) {
      throw new CertificateIssueException(
          "The signing keystore " + p12 + " holds no private key entry");
    }
    if (keys.size() > 1) {
      throw new CertificateIssueException(
          "The signing keystore "
              + p12
              + " holds several private keys "
              + keys
              + ": configure the alias of the one that signs certificates");
    }
    return keys.get(0);
  }

  /**
   * Creates a self-signed identity for {@code organization} (ECDSA P-256, subject {@code
   * CN=<organization> Destruction Certificates, O=<organization>}, key usage digital signature and
   * non-repudiation, valid ten years) and stores it in a new PKCS#12 file readable by its owner
   * only, under {@value #GENERATED_ALIAS}.
   *
   * @throws CertificateIssueException if {@code p12} already exists (it is never overwritten) or
   *     cannot be written
   */
  public static SigningIdentity generate(Path p12, char[] password, String organization) {
    Objects.requireNonNull(organization, "organization");
    SigningIdentity identity;
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
      KeyPair keys = generator.generateKeyPair();
      X500Name subject =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.O, organization)
              .addRDN(BCStyle.CN, organization + " Destruction Certificates")
              .build();
      Instant now = Instant.now();
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              subject,
              new BigInteger(127, new SecureRandom()).setBit(126),
              Date.from(now.minus(Duration.ofMinutes(5))),
              Date.from(now.plus(VALIDITY)),
              subject,
              keys.getPublic());
      JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          extensions.createSubjectKeyIdentifier(keys.getPublic()));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
      identity = new SigningIdentity(keys.getPrivate(), List.of(certificate));
    } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
      throw new CertificateIssueException(
          "Cannot generate a signing identity for " + organization + ": " + e.getMessage(), e);
    }
    identity.store(p12, password);
    return identity;
  }

  private void store(Path p12, char[] password) {
    try {
      KeyStore keyStore = KeyStore.getInstance("PKCS12");
      keyStore.load(null, password);
      keyStore.setKeyEntry(
          GENERATED_ALIAS, privateKey, password, chain.toArray(new X509Certificate[0]));
      createOwnerOnly(p12);
      try (OutputStream out =
          Files.newOutputStream(
              p12, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        keyStore.store(out, password);
      } catch (IOException | GeneralSecurityException e) {
        Files.deleteIfExists(p12);
        throw e;
      }
    } catch (FileAlreadyExistsException e) {
      throw new CertificateIssueException(
          "Refusing to overwrite the existing signing keystore " + p12, e);
    } catch (IOException | GeneralSecurityException e) {
      throw new CertificateIssueException(
          "Cannot write the signing keystore " + p12 + ": " + e.getMessage(), e);
    }
  }

  /** Creates the file before anything is written to it, already readable by its owner only. */
  private static void createOwnerOnly(Path p12) throws IOException {
    Path directory = p12.toAbsolutePath().getParent();
    if (directory != null) {
      Files.createDirectories(directory);
    }
    if (p12.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(
          p12, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(p12);
      var file = p12.toFile();
      boolean restricted =
          file.setReadable(false, false)
              && file.setReadable(true, true)
              && file.setWritable(false, false)
              && file.setWritable(true, true);
      if (!restricted) {
        Files.delete(p12);
        throw new IOException("cannot restrict its permissions to its owner");
      }
    }
  }

  /** Signs and verifies a probe, so a key stored beside the wrong certificate fails at load. */
  private void checkKeyMatchesCertificate(String where) {
    String algorithm = signatureAlgorithm();
    try {
      byte[] probe = "sigilo signing identity".getBytes(StandardCharsets.US_ASCII);
      Signature signer = Signature.getInstance(algorithm);
      signer.initSign(privateKey);
      signer.update(probe);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm);
      verifier.initVerify(certificate().getPublicKey());
      verifier.update(probe);
      if (!verifier.verify(signature)) {
        throw new CertificateIssueException(
            "The private key of " + where + " does not belong to its certificate");
      }
    } catch (GeneralSecurityException e) {
      throw new CertificateIssueException(
          "The private key of " + where + " cannot sign: " + e.getMessage(), e);
    }
  }

  /** The JCA signature algorithm for this identity's key, as certificates are signed with it. */
  String signatureAlgorithm() {
    return switch (privateKey.getAlgorithm()) {
      case "RSA" -> "SHA256withRSA";
      case "EC" -> "SHA256withECDSA";
      default ->
          throw new CertificateIssueException(
              "Certificates are signed with RSA or EC keys, not " + privateKey.getAlgorithm());
    };
  }
}

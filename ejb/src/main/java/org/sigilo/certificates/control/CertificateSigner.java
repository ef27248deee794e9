package org.sigilo.certificates.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.ExternalSigningSupport;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cmp.PKIStatus;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.SignerInformationStore;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampToken;

/**
 * Signs a rendered certificate as a PAdES baseline signature: B-B (a detached CAdES signature,
 * SubFilter {@code ETSI.CAdES.detached}, over the whole document as one incremental update) or,
 * when a timestamp authority is configured, B-T (the same with an RFC 3161 timestamp over the
 * signature value as the unsigned attribute signature-time-stamp).
 *
 * <p>What must stay true, so that EU DSS, poppler's pdfsig and openssl accept it: the signed
 * attributes are content-type, message-digest and signing-certificate-v2 (ESSCertIDv2 with
 * SHA-256), and never signing-time, since EN 319 142-1 puts the claimed signing time in the
 * signature dictionary's {@code M} entry; the signer's whole chain travels in the CMS; the
 * signature is an incremental update, so the PDF/A-3 document it signs stays PDF/A-3. Key
 * operations use the JDK's providers; BouncyCastle is never registered as a provider (this runs
 * inside WildFly).
 *
 * <p>A configured timestamp authority that does not answer, or answers wrongly, fails the signing:
 * the caller must not issue a certificate without the timestamp it promised.
 */
public final class CertificateSigner {

  /** Room for the CMS beside the certificates: signature, attributes, structure. */
  private static final int SIGNATURE_ROOM = 8 * 1024;

  /** Room for a timestamp token, which carries the authority's own certificates. */
  private static final int TIMESTAMP_ROOM = 20 * 1024;

  /**
   * The most a signature value may take: PDF/A forbids strings longer than 32,767 bytes, and the
   * signature dictionary's {@code /Contents} is one.
   */
  private static final int PDF_A_MAXIMUM = 32_767;

  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private final SigningIdentity identity;
  private final Optional<URI> timestampAuthority;
  private final Duration timeout;
  private final SecureRandom random = new SecureRandom();

  /**
   * A signer for {@code identity}; with a timestamp authority its signatures are PAdES B-T, without
   * one B-B. Requests to the authority time out after 30 seconds.
   */
  public CertificateSigner(SigningIdentity identity, Optional<URI> timestampAuthority) {
    this(identity, timestampAuthority, DEFAULT_TIMEOUT);
  }

  /** As {@link #CertificateSigner(SigningIdentity, Optional)}, with the authority's timeout. */
  public CertificateSigner(
      SigningIdentity identity, Optional<URI> timestampAuthority, Duration timeout) {
    this.identity = Objects.requireNonNull(identity, "identity");
    this.timestampAuthority = Objects.requireNonNull(timestampAuthority, "timestampAuthority");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  /**
   * Returns {@code pdf} with a signature appended as an incremental update, its reason {@code
   * reason} (e.g. "Certificate of records destruction no. 12"), its time now.
   *
   * @throws CertificateIssueException if the document cannot be read or signed, or the timestamp
   *     authority fails; nothing is returned then
   */
  public byte[] sign(byte[] pdf, String reason) {
    Objects.requireNonNull(pdf, "pdf");
    int reserved = reservedSize();
    DocumentBuffer signed = new DocumentBuffer();
    try (PDDocument document = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(commonName(identity.certificate()));
      signature.setReason(reason);
      signature.setSignDate(calendar(Instant.now()));
      options.setPreferredSignatureSize(reserved);
      document.addSignature(signature, options);

      ExternalSigningSupport external = document.saveIncrementalForExternalSigning(signed);
      byte[] cms;
      try (InputStream ranges = external.getContent()) {
        cms = cms(ranges);
      }
      if (cms.length > reserved) {
        throw new CertificateIssueException(
            "The signature ("
                + cms.length
                + " bytes) is larger than the room reserved for it ("
                + reserved
                + " bytes; PDF/A allows at most "
                + PDF_A_MAXIMUM
                + "): the certificate chain or the timestamp is too large");
      }
      external.setSignature(cms);
    } catch (IOException e) {
      throw new CertificateIssueException("Cannot sign the certificate: " + e.getMessage(), e);
    }
    return signed.toByteArray();
  }

  private int reservedSize() {
    int certificates = 0;
    for (X509Certificate certificate : identity.chain()) {
      try {
        certificates += certificate.getEncoded().length;
      } catch (GeneralSecurityException e) {
        throw new CertificateIssueException(
            "The signing certificate cannot be encoded: " + e.getMessage(), e);
      }
    }
    int wanted =
        certificates + SIGNATURE_ROOM + (timestampAuthority.isPresent() ? TIMESTAMP_ROOM : 0);
    return Math.min(wanted, PDF_A_MAXIMUM);
  }

  /** The detached CMS over the signed byte ranges, timestamped when an authority is configured. */
  private byte[] cms(InputStream ranges) throws IOException {
    try {
      X509Certificate certificate = identity.certificate();
      CMSAttributeTableGenerator defaults =
          new DefaultSignedAttributeTableGenerator(
              new AttributeTable(signingCertificateV2(certificate)));
      CMSAttributeTableGenerator withoutSigningTime =
          parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(withoutSigningTime)
              .build(
                  new JcaContentSignerBuilder(identity.signatureAlgorithm())
                      .build(identity.privateKey()),
                  certificate));
      generator.addCertificates(new JcaCertStore(identity.chain()));
      CMSSignedData signed = generator.generate(new SignedRanges(ranges), false);
      if (timestampAuthority.isPresent()) {
        signed = timestamped(signed, timestampAuthority.get());
      }
      return signed.getEncoded(ASN1Encoding.DER);
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new CertificateIssueException(
          "Cannot compute the certificate's signature: " + e.getMessage(), e);
    }
  }

  /** RFC 5035 signing-certificate-v2: binds the signer's certificate (SHA-256) to the signature. */
  private static Attribute signingCertificateV2(X509Certificate certificate)
      throws GeneralSecurityException {
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
    X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
    IssuerSerial issuerSerial =
        new IssuerSerial(
            new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber());
    return new Attribute(
        PKCSObjectIdentifiers.id_aa_signingCertificateV2,
        new DERSet(new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial))));
  }

  /**
   * Asks {@code authority} for a timestamp over the SHA-256 of the signature value, checks the
   * answer (granted, same imprint and nonce, a valid token signed by a timestamping certificate it
   * includes) and adds it to the signer as the signature-time-stamp attribute.
   */
  private CMSSignedData timestamped(CMSSignedData signed, URI authority)
      throws GeneralSecurityException, IOException {
    SignerInformation signer = signed.getSignerInfos().getSigners().iterator().next();
    byte[] imprint = MessageDigest.getInstance("SHA-256").digest(signer.getSignature());
    TimeStampRequestGenerator requests = new TimeStampRequestGenerator();
    requests.setCertReq(true);
    TimeStampRequest request =
        requests.generate(TSPAlgorithms.SHA256, imprint, new BigInteger(64, random));
    TimeStampToken token;
    try {
      TimeStampResponse response = new TimeStampResponse(post(authority, request.getEncoded()));
      if (response.getStatus() != PKIStatus.GRANTED
          && response.getStatus() != PKIStatus.GRANTED_WITH_MODS) {
        throw new CertificateIssueException(
            "The timestamp authority "
                + authority
                + " refused the request (status "
                + response.getStatus()
                + (response.getStatusString() == null ? "" : ": " + response.getStatusString())
                + "); the certificate was not issued");
      }
      response.validate(request);
      token = response.getTimeStampToken();
      checkTokenSignature(token, authority);
    } catch (TSPException | IOException | IllegalArgumentException e) {
      throw new CertificateIssueException(
          "The timestamp authority "
              + authority
              + " gave an unusable answer ("
              + e.getMessage()
              + "); the certificate was not issued",
          e);
    }
    AttributeTable unsigned =
        new AttributeTable(
            new Attribute(
                PKCSObjectIdentifiers.id_aa_signatureTimeStampToken,
                new DERSet(token.toCMSSignedData().toASN1Structure())));
    SignerInformation stamped = SignerInformation.replaceUnsignedAttributes(signer, unsigned);
    return CMSSignedData.replaceSigners(signed, new SignerInformationStore(stamped));
  }

  private static void checkTokenSignature(TimeStampToken token, URI authority)
      throws TSPException, GeneralSecurityException {
    Collection<X509CertificateHolder> matches = token.getCertificates().getMatches(token.getSID());
    if (matches.isEmpty()) {
      throw new CertificateIssueException(
          "The timestamp authority "
              + authority
              + " did not include its certificate in the token; the certificate was not issued");
    }
    try {
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(matches.iterator().next()));
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException(e.getMessage(), e);
    }
  }

  private byte[] post(URI authority, byte[] query) {
    HttpRequest request =
        HttpRequest.newBuilder(authority)
            .timeout(timeout)
            .header("Content-Type", "application/timestamp-query")
            .header("Accept", "application/timestamp-reply")
            .POST(HttpRequest.BodyPublishers.ofByteArray(query))
            .build();
    HttpResponse<byte[]> response;
    try {
      response = Http.CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CertificateIssueException(
          "Interrupted while waiting for the timestamp authority " + authority, e);
    } catch (IOException e) {
      throw new CertificateIssueException(
          "The timestamp authority "
              + authority
              + " did not answer ("
              + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
              + "); the certificate was not issued",
          e);
    }
    if (response.statusCode() != 200) {
      throw new CertificateIssueException(
          "The timestamp authority "
              + authority
              + " answered HTTP "
              + response.statusCode()
              + "; the certificate was not issued");
    }
    return response.body();
  }

  private static String commonName(X509Certificate certificate) {
    try {
      RDN[] names = new JcaX509CertificateHolder(certificate).getSubject().getRDNs(BCStyle.CN);
      if (names.length > 0) {
        ASN1Encodable value = names[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : value.toString();
      }
    } catch (GeneralSecurityException e) {
      // fall through to the full subject
    }
    return certificate.getSubjectX500Principal().getName();
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  /** The signed byte ranges as CMS content, streamed once into the digest, never copied. */
  private static final class SignedRanges implements CMSTypedData {
    private final InputStream ranges;

    SignedRanges(InputStream ranges) {
      this.ranges = ranges;
    }

    @Override
    public ASN1ObjectIdentifier getContentType() {
      return CMSObjectIdentifiers.data;
    }

    @Override
    public void write(OutputStream out) throws IOException {
      ranges.transferTo(out);
    }

    @Override
    public Object getContent() {
      return ranges;
    }
  }

  /**
   * One HTTP client for every signer: a client holds threads and connections, and a signer is made
   * per certificate. Each request carries its own timeout, which also bounds connecting.
   */
  private static final class Http {
    static final HttpClient CLIENT =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  }
}

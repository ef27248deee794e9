package org.sigilo.certificates.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPException;
import org.bouncycastle.tsp.TimeStampToken;
import org.sigilo.platform.i18n.Message;

/**
 * Checks a certificate PDF that someone hands back, as Sigilo signed it: that its last signature
 * covers the whole file but the signature value itself ("total document signed": nothing was
 * appended after signing), that the CMS signature matches the signed bytes, that it was made with
 * the expected certificate and binds it (signing-certificate-v2), and that its timestamp, if any,
 * is over this signature and soundly signed. It also reports the file's SHA-256, by which the
 * caller finds the certificate it issued.
 *
 * <p>Uploads are untrusted: any bytes are answered with a {@link SignatureCheck}, never an
 * exception; garbage simply is not valid. Trust in the timestamp authority is not judged here: the
 * time is reported as the token states it.
 *
 * <p>Each finding is a {@link Message} ({@code verification.*} in the bundle), so the page and the
 * API can say it in the reader's language; a parser's own explanation goes in as it is.
 */
public final class CertificateVerification {

  private static final byte[] PDF_HEADER = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final int HEADER_SEARCH = 1024;

  private CertificateVerification() {}

  /**
   * Verifies the last signature of {@code pdf} against {@code expectedSigner}, the certificate that
   * signs this organization's certificates.
   */
  public static SignatureCheck verify(byte[] pdf, X509Certificate expectedSigner) {
    byte[] file = pdf == null ? new byte[0] : pdf;
    String sha256 = HexFormat.of().formatHex(sha256(file));
    Findings findings = new Findings();
    try {
      check(file, expectedSigner, findings);
    } catch (RuntimeException | StackOverflowError e) {
      // a crafted upload may break the parser in any way: it is then simply not valid
      findings.problems.add(Message.of("verification.cannot-check", describe(e)));
    }
    return new SignatureCheck(
        findings.problems.isEmpty(),
        sha256,
        findings.signer,
        Optional.ofNullable(findings.timestamp),
        findings.problems);
  }

  /** What the check found so far; filled in step by step. */
  private static final class Findings {
    final List<Message> problems = new ArrayList<>();
    String signer = "";
    Instant timestamp;
  }

  private static void check(byte[] file, X509Certificate expected, Findings findings) {
    if (!hasPdfHeader(file)) {
      findings.problems.add(Message.of("verification.not-a-pdf"));
      return;
    }
    PDDocument document;
    try {
      document = Loader.loadPDF(file);
    } catch (IOException e) {
      findings.problems.add(Message.of("verification.unreadable-pdf", describe(e)));
      return;
    }
    try (document) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      if (signatures.isEmpty()) {
        findings.problems.add(Message.of("verification.no-signature"));
        return;
      }
      PDSignature last = null;
      long lastEnd = -1;
      for (PDSignature signature : signatures) {
        int[] range = signature.getByteRange();
        long end = range.length == 4 ? (long) range[2] + range[3] : 0;
        if (last == null || end > lastEnd) {
          last = signature;
          lastEnd = end;
        }
      }
      checkSignature(file, last, expected, findings);
    } catch (IOException e) {
      findings.problems.add(Message.of("verification.cannot-check", describe(e)));
    }
  }

  private static void checkSignature(
      byte[] file, PDSignature signature, X509Certificate expected, Findings findings)
      throws IOException {
    String subFilter = signature.getSubFilter();
    boolean cades = PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(subFilter);
    if (!cades && !PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED.getName().equals(subFilter)) {
      findings.problems.add(Message.of("verification.wrong-type", subFilter));
      return;
    }
    int[] range = signature.getByteRange();
    if (!wellFormed(range, file.length)) {
      findings.problems.add(Message.of("verification.byte-range-misfit", Arrays.toString(range)));
      return;
    }
    if (range[0] != 0 || (long) range[2] + range[3] != file.length) {
      findings.problems.add(
          Message.of(
              "verification.not-whole-document",
              range[0],
              (long) range[2] + range[3],
              file.length));
    } else if (!onlySignatureValueBetween(file, range)) {
      findings.problems.add(Message.of("verification.gap"));
    }
    CMSSignedData cms;
    try {
      cms =
          new CMSSignedData(
              new CMSProcessableByteArray(signature.getSignedContent(file)),
              contentInfo(signature.getContents(file)));
    } catch (CMSException | IOException | RuntimeException e) {
      findings.problems.add(Message.of("verification.unreadable-value", describe(e)));
      return;
    }
    Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
    if (signers.size() != 1) {
      findings.problems.add(Message.of("verification.signer-count", signers.size()));
      return;
    }
    SignerInformation signer = signers.iterator().next();
    @SuppressWarnings("unchecked")
    Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
    if (matches.isEmpty()) {
      findings.problems.add(Message.of("verification.no-signer-certificate"));
      return;
    }
    X509CertificateHolder certificate = matches.iterator().next();
    findings.signer = new X500Principal(certificate.getSubject().getEncoded()).getName();
    checkExpectedSigner(certificate, expected, findings);
    checkCryptography(signer, certificate, findings);
    if (cades) {
      checkSigningCertificateV2(signer, certificate, findings);
    }
    checkTimestamp(signer, findings);
  }

  /**
   * The CMS structure at the start of the signature value. The reserved room is padded with zeros
   * after it, which BouncyCastle refuses as trailing data, so only the first DER object is read.
   */
  static ContentInfo contentInfo(byte[] contents) throws IOException {
    try (ASN1InputStream in = new ASN1InputStream(contents)) {
      ASN1Primitive first = in.readObject();
      if (first == null) {
        throw new IOException("the signature value is empty");
      }
      return ContentInfo.getInstance(first);
    }
  }

  private static boolean wellFormed(int[] range, int length) {
    return range != null
        && range.length == 4
        && range[0] >= 0
        && range[1] >= 0
        && range[2] >= 0
        && range[3] >= 0
        && (long) range[0] + range[1] <= range[2]
        && (long) range[2] + range[3] <= length
        && range[2] - ((long) range[0] + range[1]) >= 2;
  }

  /** The gap between the two signed ranges must be {@code <hex>} and nothing else. */
  private static boolean onlySignatureValueBetween(byte[] file, int[] range) {
    int start = range[0] + range[1];
    int end = range[2] - 1;
    if (file[start] != '<' || file[end] != '>') {
      return false;
    }
    for (int i = start + 1; i < end; i++) {
      if (Character.digit(file[i], 16) < 0) {
        return false;
      }
    }
    return true;
  }

  private static void checkExpectedSigner(
      X509CertificateHolder certificate, X509Certificate expected, Findings findings)
      throws IOException {
    if (expected == null) {
      findings.problems.add(Message.of("verification.no-expected-signer"));
      return;
    }
    try {
      if (!Arrays.equals(certificate.getEncoded(), expected.getEncoded())) {
        findings.problems.add(
            Message.of(
                "verification.other-signer",
                findings.signer,
                expected.getSubjectX500Principal().getName()));
      }
    } catch (GeneralSecurityException e) {
      findings.problems.add(Message.of("verification.expected-unencodable"));
    }
  }

  private static void checkCryptography(
      SignerInformation signer, X509CertificateHolder certificate, Findings findings) {
    try {
      if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
        findings.problems.add(Message.of("verification.altered"));
      }
    } catch (CMSSignerDigestMismatchException e) {
      findings.problems.add(Message.of("verification.bytes-changed"));
    } catch (CMSException | OperatorCreationException | GeneralSecurityException e) {
      findings.problems.add(Message.of("verification.cannot-verify", describe(e)));
    }
  }

  private static void checkSigningCertificateV2(
      SignerInformation signer, X509CertificateHolder certificate, Findings findings)
      throws IOException {
    AttributeTable signed = signer.getSignedAttributes();
    Attribute attribute =
        signed == null ? null : signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
    if (attribute == null) {
      findings.problems.add(Message.of("verification.no-signing-certificate"));
      return;
    }
    ESSCertIDv2[] references =
        SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts();
    if (references.length == 0
        || !Arrays.equals(
            references[0].getCertHash(),
            digest(references[0].getHashAlgorithm(), certificate.getEncoded()))) {
      findings.problems.add(Message.of("verification.signing-certificate-mismatch"));
    }
  }

  private static byte[] digest(AlgorithmIdentifier algorithm, byte[] data) throws IOException {
    try {
      DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(algorithm);
      calculator.getOutputStream().write(data);
      return calculator.getDigest();
    } catch (OperatorCreationException e) {
      throw new IOException("unknown digest algorithm " + algorithm.getAlgorithm(), e);
    }
  }

  /** PAdES B-T: the timestamp must be over this signature's value and soundly signed. */
  private static void checkTimestamp(SignerInformation signer, Findings findings) {
    AttributeTable unsigned = signer.getUnsignedAttributes();
    Attribute attribute =
        unsigned == null ? null : unsigned.get(PKCSObjectIdentifiers.id_aa_signatureTimeStampToken);
    if (attribute == null) {
      return;
    }
    try {
      ASN1Encodable value = attribute.getAttrValues().getObjectAt(0);
      TimeStampToken token = new TimeStampToken(ContentInfo.getInstance(value));
      byte[] imprint = digest(token.getTimeStampInfo().getHashAlgorithm(), signer.getSignature());
      if (!MessageDigest.isEqual(imprint, token.getTimeStampInfo().getMessageImprintDigest())) {
        findings.problems.add(Message.of("verification.timestamp-other-signature"));
        return;
      }
      @SuppressWarnings("unchecked")
      Collection<X509CertificateHolder> authority =
          token.getCertificates().getMatches(token.getSID());
      if (authority.isEmpty()) {
        findings.problems.add(Message.of("verification.timestamp-no-authority"));
        return;
      }
      token.validate(new JcaSimpleSignerInfoVerifierBuilder().build(authority.iterator().next()));
      findings.timestamp = token.getTimeStampInfo().getGenTime().toInstant();
    } catch (TSPException e) {
      findings.problems.add(Message.of("verification.timestamp-invalid", describe(e)));
    } catch (IOException
        | OperatorCreationException
        | GeneralSecurityException
        | RuntimeException e) {
      findings.problems.add(Message.of("verification.timestamp-unreadable", describe(e)));
    }
  }

  private static boolean hasPdfHeader(byte[] file) {
    int limit = Math.min(file.length, HEADER_SEARCH) - PDF_HEADER.length;
    for (int i = 0; i <= limit; i++) {
      if (Arrays.equals(file, i, i + PDF_HEADER.length, PDF_HEADER, 0, PDF_HEADER.length)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] sha256(byte[] file) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(file);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }

  private static String describe(Throwable e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}

package org.sigilo.certificates.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateSignerTest {

  @TempDir static Path directory;
  private static SigningIdentity identity;
  private static CertificateContent content;
  private static byte[] rendered;

  @TempDir Path files;

  @BeforeAll
  static void renderOneCertificate() {
    identity =
        SigningIdentity.generate(
            directory.resolve("signing.p12"), "test".toCharArray(), "Sigilo Test Organization");
    content = SampleCertificates.content(120);
    rendered = CertificateDocument.render(content);
  }

  private static byte[] signed() {
    return new CertificateSigner(identity, Optional.empty()).sign(rendered, content.title());
  }

  @Test
  void pdfsigFindsTheSignatureValidOverTheWholeDocument() throws Exception {
    String report = Pdfsig.report(write(signed()));
    assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
    assertTrue(report.contains("Total document signed"), report);
    assertTrue(report.contains("Signature Type: ETSI.CAdES.detached"), report);
  }

  @Test
  void ourVerificationAcceptsWhatWeSigned() {
    byte[] pdf = signed();
    SignatureCheck check = CertificateVerification.verify(pdf, identity.certificate());
    assertTrue(check.valid(), check.problems().toString());
    assertEquals(List.of(), check.problems());
    assertEquals(HexFormat.of().formatHex(sha256(pdf)), check.sha256());
    assertEquals(
        "CN=Sigilo Test Organization Destruction Certificates,O=Sigilo Test Organization",
        check.signer());
    assertEquals(Optional.empty(), check.timestamp(), "B-B carries no timestamp");
  }

  @Test
  void oneChangedByteInTheSignedRangeInvalidatesTheSignature() throws Exception {
    byte[] pdf = signed();
    byte[] changed = pdf.clone();
    int inFirstRange = 10; // in the binary comment after the header: parses the same
    changed[inFirstRange] ^= 0x01;

    SignatureCheck check = CertificateVerification.verify(changed, identity.certificate());
    assertFalse(check.valid());
    assertTrue(
        check.problems().contains("The signed bytes were changed after signing"),
        check.problems().toString());

    String report = Pdfsig.report(write(changed));
    assertFalse(report.contains("Signature is Valid"), report);
  }

  @Test
  void anythingAppendedAfterSigningIsReported() {
    byte[] pdf = signed();
    byte[] extended = Arrays.copyOf(pdf, pdf.length + 20);
    System.arraycopy(
        "\n% appended later\n".getBytes(StandardCharsets.US_ASCII), 0, extended, pdf.length, 18);
    SignatureCheck check = CertificateVerification.verify(extended, identity.certificate());
    assertFalse(check.valid());
    assertTrue(
        check.problems().stream()
            .anyMatch(p -> p.startsWith("The signature does not cover the whole document")),
        check.problems().toString());
  }

  @Test
  void theCmsBindsTheSigningCertificateAndCarriesNoSigningTime() throws Exception {
    byte[] pdf = signed();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = document.getLastSignatureDictionary();
      assertEquals("ETSI.CAdES.detached", signature.getSubFilter());
      assertEquals("Adobe.PPKLite", signature.getFilter());
      assertEquals(content.title(), signature.getReason());
      assertNotNull(signature.getSignDate(), "the M entry carries the claimed signing time");

      CMSSignedData cms =
          new CMSSignedData(CertificateVerification.contentInfo(signature.getContents(pdf)));
      assertTrue(cms.isDetachedSignature());
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      assertEquals("2.16.840.1.101.3.4.2.1", signer.getDigestAlgOID(), "SHA-256");
      AttributeTable signed = signer.getSignedAttributes();
      assertNull(signed.get(CMSAttributes.signingTime), "EN 319 142-1: no signing-time");
      assertNotNull(signed.get(CMSAttributes.contentType));
      assertNotNull(signed.get(CMSAttributes.messageDigest));
      ESSCertIDv2 reference =
          SigningCertificateV2.getInstance(
                  signed
                      .get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)
                      .getAttrValues()
                      .getObjectAt(0))
              .getCerts()[0];
      assertArrayEquals(sha256(identity.certificate().getEncoded()), reference.getCertHash());
      assertEquals(1, cms.getCertificates().getMatches(null).size(), "the chain travels along");
    }
  }

  @Test
  void withATimestampAuthorityTheSignatureIsBaselineT() throws Exception {
    try (TestTimestampAuthority authority = TestTimestampAuthority.start()) {
      Instant before = Instant.now().minusSeconds(1);
      byte[] pdf =
          new CertificateSigner(identity, Optional.of(authority.uri()))
              .sign(rendered, content.title());

      SignatureCheck check = CertificateVerification.verify(pdf, identity.certificate());
      assertTrue(check.valid(), check.problems().toString());
      Instant stamped = check.timestamp().orElseThrow();
      assertTrue(!stamped.isBefore(before) && !stamped.isAfter(Instant.now()), stamped.toString());
      assertEquals(authority.lastGranted(), stamped);

      String report = Pdfsig.report(write(pdf));
      assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
      assertTrue(report.contains("Total document signed"), report);
      PdfA3Validation.assertCompliant(pdf);
    }
  }

  @Test
  void anUnreachableTimestampAuthorityFailsTheSigning() {
    CertificateSigner signer =
        new CertificateSigner(
            identity, Optional.of(URI.create("http://127.0.0.1:1/tsa")), Duration.ofSeconds(5));
    CertificateIssueException failure =
        assertThrows(CertificateIssueException.class, () -> signer.sign(rendered, content.title()));
    assertTrue(
        failure.getMessage().contains("timestamp authority http://127.0.0.1:1/tsa did not answer"),
        failure.getMessage());
    assertTrue(failure.getMessage().contains("not issued"), failure.getMessage());
  }

  @Test
  void aSignatureByAnotherKeyIsNotOurs() {
    SigningIdentity stranger =
        SigningIdentity.generate(files.resolve("stranger.p12"), "pw".toCharArray(), "Stranger");
    byte[] pdf = new CertificateSigner(stranger, Optional.empty()).sign(rendered, "forged");
    SignatureCheck check = CertificateVerification.verify(pdf, identity.certificate());
    assertFalse(check.valid());
    assertTrue(
        check.problems().get(0).contains("not with this organization's signing certificate"),
        check.problems().toString());
    assertTrue(check.signer().contains("Stranger"), check.signer());
  }

  @Test
  void garbageAndUnsignedUploadsAreAnsweredNotThrown() {
    SignatureCheck garbage =
        CertificateVerification.verify(
            "hello, world".getBytes(StandardCharsets.US_ASCII), identity.certificate());
    assertFalse(garbage.valid());
    assertEquals(List.of("Not a PDF"), garbage.problems());
    assertEquals(64, garbage.sha256().length());

    SignatureCheck nothing = CertificateVerification.verify(null, identity.certificate());
    assertEquals(List.of("Not a PDF"), nothing.problems());

    byte[] truncated = Arrays.copyOf(signed(), 2000);
    SignatureCheck broken = CertificateVerification.verify(truncated, identity.certificate());
    assertFalse(broken.valid());
    assertFalse(broken.problems().isEmpty());

    SignatureCheck unsigned = CertificateVerification.verify(rendered, identity.certificate());
    assertFalse(unsigned.valid());
    assertEquals(List.of("The PDF carries no signature"), unsigned.problems());
  }

  @Test
  void damagedUploadsAreNeverValidUnlessOnlyTheUnsignedGapChanged() throws Exception {
    byte[] pdf = signed();
    int[] range;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      range = document.getLastSignatureDictionary().getByteRange();
    }
    Random random = new Random(20261129);
    for (int i = 0; i < 40; i++) {
      byte[] damaged = i % 10 == 0 ? Arrays.copyOf(pdf, random.nextInt(pdf.length)) : pdf.clone();
      int at = random.nextInt(damaged.length);
      if (i % 10 != 0) {
        damaged[at] = (byte) random.nextInt(256);
        if (damaged[at] == pdf[at]) {
          continue;
        }
      }
      SignatureCheck check = CertificateVerification.verify(damaged, identity.certificate());
      boolean inGap = damaged.length == pdf.length && at > range[1] && at < range[2] - 1;
      assertTrue(!check.valid() || inGap, "damage at " + at + " went unnoticed");
      assertEquals(check.problems().isEmpty(), check.valid());
    }
  }

  private Path write(byte[] pdf) throws Exception {
    Path file = Files.createTempFile(files, "certificate", ".pdf");
    Files.write(file, pdf);
    return file;
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

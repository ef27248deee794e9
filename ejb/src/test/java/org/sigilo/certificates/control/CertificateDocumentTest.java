package org.sigilo.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateDocumentTest {

  @TempDir static Path directory;
  private static SigningIdentity identity;

  @BeforeAll
  static void generateSigningKey() {
    identity =
        SigningIdentity.generate(
            directory.resolve("signing.p12"), "test".toCharArray(), "Sigilo Test Organization");
  }

  @Test
  void aSignedCertificateIsPdfA3b() throws Exception {
    CertificateContent content = SampleCertificates.content(300);
    byte[] rendered = CertificateDocument.render(content);
    PdfA3Validation.assertCompliant(rendered);
    byte[] signed =
        new CertificateSigner(identity, Optional.empty()).sign(rendered, content.title());
    PdfA3Validation.assertCompliant(signed);
  }

  @Test
  void aCertificateWithoutRecordsIsStillPdfA3b() throws Exception {
    CertificateContent empty =
        new CertificateContent(
            1,
            "Sigilo Test Organization",
            Locale.ENGLISH,
            "ana",
            null,
            "carla",
            1,
            2,
            SampleCertificates.STARTED,
            SampleCertificates.STARTED,
            CertificateText.verbatim("Cryptographic erase"),
            "Sigilo 0.1.0 records-destruction",
            CertificateText.verbatim("Full"),
            CertificateText.verbatim("Nothing was due."),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    byte[] rendered = CertificateDocument.render(empty);
    PdfA3Validation.assertCompliant(rendered);
    String text = text(rendered);
    assertTrue(text.contains("None."), text);
    assertTrue(text.contains("Approved by (not recorded)"), text);
  }

  @Test
  void theEmbeddedManifestListsEveryRecordWithItsFields() throws Exception {
    CertificateContent content = SampleCertificates.content(250);
    byte[] pdf = CertificateDocument.render(content);

    JsonObject manifest;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      COSArray associated = document.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
      assertNotNull(associated, "the catalog names its associated files");
      assertEquals(1, associated.size());
      COSDictionary specification = (COSDictionary) associated.getObject(0);
      assertEquals("Data", specification.getNameAsString(COSName.AF_RELATIONSHIP));
      PDComplexFileSpecification file = new PDComplexFileSpecification(specification);
      assertEquals(CertificateManifest.FILE_NAME, file.getFileUnicode());
      PDEmbeddedFile embedded = file.getEmbeddedFile();
      assertEquals(CertificateManifest.MEDIA_TYPE, embedded.getSubtype());
      assertNotNull(embedded.getModDate());
      byte[] json = embedded.toByteArray();
      assertEquals(json.length, embedded.getSize());
      assertNotNull(
          document
              .getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .get(CertificateManifest.FILE_NAME),
          "viewers find the manifest among the attachments");
      try (JsonReader reader = Json.createReader(new ByteArrayInputStream(json))) {
        manifest = reader.readObject();
      }
    }

    assertEquals(content.number(), manifest.getJsonNumber("number").longValue());
    assertEquals(content.organization(), manifest.getString("organization"));
    assertEquals(content.approvedBy(), manifest.getString("approvedBy"));
    assertEquals(content.submittedBy(), manifest.getString("submittedBy"));
    assertEquals(content.executedBy(), manifest.getString("executedBy"));
    assertEquals(
        content.dispositionListId(), manifest.getJsonNumber("dispositionListId").longValue());
    assertEquals(content.jobExecutionId(), manifest.getJsonNumber("jobExecutionId").longValue());
    assertEquals(content.started(), Instant.parse(manifest.getString("started")));
    assertEquals(content.finished(), Instant.parse(manifest.getString("finished")));
    assertEquals(content.method().neutral(), manifest.getString("method"));
    assertTrue(manifest.getString("method").startsWith("Cryptographic erase: each record's"));
    assertEquals(content.tool(), manifest.getString("tool"));
    assertEquals(content.verificationMethod().neutral(), manifest.getString("verificationMethod"));
    assertEquals(
        "250 record(s) destroyed and verified; 2 could not be destroyed and are not (listed with"
            + " the reason); 3 held by a legal hold and not destroyed.",
        manifest.getString("verificationResult"));
    assertEquals(
        content.epochKeysDestroyed(),
        manifest
            .getJsonArray("epochKeysDestroyed")
            .getValuesAs(jakarta.json.JsonString::getString));
    JsonArray held = manifest.getJsonArray("skippedHeld");
    assertEquals(content.skippedHeld().size(), held.size());
    assertEquals("7, 12", held.getJsonObject(1).getString("holdIds"));
    assertEquals("released since", held.getJsonObject(2).getString("holdIds"));
    JsonArray failed = manifest.getJsonArray("failed");
    assertEquals(content.failed().get(0).reason(), failed.getJsonObject(0).getString("reason"));
    assertEquals("(no reason recorded)", failed.getJsonObject(1).getString("reason"));

    JsonArray entries = manifest.getJsonArray("entries");
    assertEquals(content.entries().size(), entries.size());
    for (int i = 0; i < entries.size(); i++) {
      CertificateEntry expected = content.entries().get(i);
      JsonObject entry = entries.getJsonObject(i);
      assertEquals(expected.recordId(), entry.getJsonNumber("recordId").longValue());
      assertEquals(expected.recordClass(), entry.getString("recordClass"));
      assertEquals(expected.scheduleId(), entry.getJsonNumber("scheduleId").longValue());
      assertEquals(expected.scheduleVersion(), entry.getInt("scheduleVersion"));
      assertEquals(expected.dueOn().toString(), entry.getString("dueOn"));
      assertEquals(expected.holdCheck(), entry.getString("holdCheck"));
      assertEquals(expected.keyDestroyed(), entry.getBoolean("keyDestroyed"));
      assertEquals(expected.filesOverwritten(), entry.getInt("filesOverwritten"));
      assertEquals(
          expected.bytesOverwritten(), entry.getJsonNumber("bytesOverwritten").longValue());
      assertEquals(expected.overwritePasses(), entry.getInt("overwritePasses"));
      assertEquals(expected.customerReference(), entry.getString("customerReference", null));
      assertEquals(expected.destroyedAt(), Instant.parse(entry.getString("destroyedAt")));
    }
  }

  @Test
  void nonAsciiTextRendersAndUnknownCharactersDoNotBreakRendering() throws Exception {
    CertificateContent content = SampleCertificates.content(3, "Peña Núñez, S.A. \u6F22\u5B57");
    byte[] pdf = CertificateDocument.render(content);
    String text = text(pdf);
    assertTrue(text.contains("Peña Núñez, S.A. ??"), text);
    assertTrue(text.contains("María José Ibáñez"), text);
    assertTrue(text.contains("Jörg Müller"), text);
    PdfA3Validation.assertCompliant(pdf);
  }

  @Test
  void theTableRunsOverAsManyPagesAsItNeedsAndEveryPageIsNumbered() throws Exception {
    CertificateContent content = SampleCertificates.content(1_000);
    byte[] pdf = CertificateDocument.render(content);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      int pages = document.getNumberOfPages();
      assertTrue(pages > 10, "1,000 records take more than 10 pages, got " + pages);
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(pages);
      stripper.setEndPage(pages);
      String last = stripper.getText(document);
      assertTrue(last.contains("Page " + pages + " of " + pages), last);
      assertTrue(last.contains("Records whose destruction failed (2)"), last);
      String all = new PDFTextStripper().getText(document);
      assertTrue(all.contains("1000000"), "the first record is listed");
      assertTrue(all.contains("1000999"), "the last record is listed");
      assertFalse(all.contains("Page 0"));
    }
  }

  @Test
  void theDocumentStatesTheAppendixGFields() throws Exception {
    CertificateContent content = SampleCertificates.content(5);
    String text = text(CertificateDocument.render(content));
    for (String expected :
        List.of(
            "Certificate of records destruction no. 42",
            "Executed by",
            "system:scheduler",
            "Approved by",
            "Submitted by",
            "Disposition list",
            "Job execution",
            "1234",
            "Started 2026-11-29 10:00:00 UTC (November 29, 2026)",
            "Finished 2026-11-29 10:01:35 UTC (November 29, 2026)",
            "Sanitization method",
            "NIST SP 800-88 Rev. 1 Purge",
            "Files overwritten 4 files, 4,194,314 bytes",
            "Sigilo 0.1.0 records-destruction",
            "Verification method",
            "Verification result",
            "2031-05, 2031-06",
            "Records kept by a legal hold, not destroyed (3)",
            "9000002",
            "9000004 released since",
            "permission denied",
            "9000005 (no reason recorded)",
            "no hold at 2026-11-29 10:00:00Z",
            "Page 1 of 1")) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
    }
  }

  @Test
  void aDestructionCannotFinishBeforeItStarted() {
    CertificateContent valid = SampleCertificates.content(0);
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new CertificateContent(
                    valid.number(),
                    valid.organization(),
                    valid.language(),
                    valid.executedBy(),
                    valid.approvedBy(),
                    valid.submittedBy(),
                    valid.dispositionListId(),
                    valid.jobExecutionId(),
                    valid.finished(),
                    valid.started(),
                    valid.method(),
                    valid.tool(),
                    valid.verificationMethod(),
                    valid.verificationResult(),
                    valid.skippedHeld(),
                    valid.failed(),
                    valid.epochKeysDestroyed(),
                    valid.entries()));
    assertTrue(failure.getMessage().contains("finish before it started"), failure.getMessage());
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}

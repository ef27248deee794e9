package org.sigilo.certificates.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigilo.platform.i18n.Messages;

/**
 * A certificate printed in Spanish: the same PDF/A-3b, the same valid signature, every word Sigilo
 * prints taken from the Spanish bundle and none left in English, counts and dates written the
 * Spanish way, and a manifest that stays the same in every language.
 */
class SpanishCertificateTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  /** Not "... Organization": that English word must not be on a Spanish certificate. */
  private static final String ORGANIZATION = "Sigilo, organización de prueba";

  @TempDir static Path directory;
  private static SigningIdentity identity;
  private static CertificateContent content;
  private static byte[] rendered;
  private static byte[] signed;

  @BeforeAll
  static void issueInSpanish() {
    identity =
        SigningIdentity.generate(
            directory.resolve("signing.p12"), "test".toCharArray(), "Sigilo Test Organization");
    content = SampleCertificates.content(300, ORGANIZATION, SPANISH);
    rendered = CertificateDocument.render(content);
    signed = new CertificateSigner(identity, Optional.empty()).sign(rendered, content.title());
  }

  @Test
  void itIsPdfA3bAndItsSignatureIsValidForPdfsigAndForUs() throws Exception {
    PdfA3Validation.assertCompliant(rendered);
    PdfA3Validation.assertCompliant(signed);

    Path file = Files.write(directory.resolve("certificado.pdf"), signed);
    String report = Pdfsig.report(file);
    assertTrue(report.contains("Signature Validation: Signature is Valid."), report);
    assertTrue(report.contains("Total document signed"), report);

    SignatureCheck check = CertificateVerification.verify(signed, identity.certificate());
    assertTrue(check.valid(), check.problems().toString());
    assertEquals(List.of(), check.problems());
    try (PDDocument document = Loader.loadPDF(signed)) {
      assertEquals(
          "Certificado de destrucción de registros n.º 42",
          document.getLastSignatureDictionary().getReason(),
          "the signature's reason, as viewers show it");
    }
  }

  @Test
  void everyWordSigiloPrintsIsSpanishFromTheBundle() throws Exception {
    CertificateContent nothingRecorded =
        new CertificateContent(
            7,
            ORGANIZATION,
            SPANISH,
            "ana",
            null,
            null,
            1,
            2,
            SampleCertificates.STARTED,
            SampleCertificates.STARTED,
            CertificateText.of("certificate.method"),
            "Sigilo 0.1.0 records-destruction",
            CertificateText.of("certificate.verification-method"),
            CertificateText.of("certificate.verification-result", 0, 0, 0),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    String text =
        flat(text(signed)) + " " + flat(text(CertificateDocument.render(nothingRecorded)));

    List<String> checked = new ArrayList<>();
    ResourceBundle english = Messages.bundle(Messages.BASE);
    for (String key : Collections.list(english.getKeys())) {
      String words = english.getString(key);
      if (!key.startsWith("certificate.")
          || words.contains("{")
          || key.equals("certificate.attachment") // the manifest's description, not on a page
          || key.equals("certificate.no")) { // every sample record had its key destroyed
        continue;
      }
      String spanish = Messages.text(SPANISH, key);
      assertTrue(text.contains(flat(spanish)), key + ": missing '" + spanish + "' in:\n" + text);
      if (!spanish.equals(words)) {
        assertFalse(text.contains(flat(words)), key + ": English '" + words + "' in:\n" + text);
      }
      checked.add(key);
    }
    assertTrue(checked.size() > 30, "field labels, table headings and Sigilo's own sentences");

    for (String expected :
        List.of(
            "Certificado de destrucción de registros n.º 42",
            "Número de certificado 42",
            "Método de sanitización Borrado criptográfico",
            "Registros destruidos (300)",
            "Registros conservados por una retención legal, no destruidos (3)",
            "Registros cuya destrucción falló (2)",
            "9000004 levantadas desde entonces",
            "9000005 (no se registró el motivo)",
            "ninguna el 2026-11-29 10:00:00Z",
            "Registros destruidos y verificados: 300.",
            "Aprobado por (no registrado)",
            "Registros destruidos (0) Registro Clase",
            "Página 1 de ",
            "Ninguno.",
            "sí")) {
      assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
    }
    for (String english2 :
        List.of("Certificate of", "Page ", "no hold at", "released since", "None.", "Destroyed")) {
      assertFalse(text.contains(english2), "English '" + english2 + "' in:\n" + text);
    }
  }

  @Test
  void countsAndDatesAreWrittenTheSpanishWayAndTimesSayUtc() throws Exception {
    String text = flat(text(rendered));
    CertificateContent.Totals totals = content.totals();
    NumberFormat spanish = NumberFormat.getIntegerInstance(SPANISH);
    String files =
        "Archivos sobrescritos "
            + spanish.format(totals.filesOverwritten())
            + " archivos, "
            + spanish.format(totals.bytesOverwritten())
            + " bytes";
    assertTrue(totals.bytesOverwritten() > 1_000_000, "the sample's bytes need grouping");
    assertTrue(text.contains(files), "missing '" + files + "' in:\n" + text);
    assertTrue(text.contains("1.048.577"), "bytes grouped with dots: " + text);
    assertTrue(
        text.contains("Inicio 2026-11-29 10:00:00 UTC (29 de noviembre de 2026)"),
        "ISO time, UTC, then the date in Spanish words: " + text);
    assertTrue(text.contains("Fin 2026-11-29 10:01:35 UTC (29 de noviembre de 2026)"), text);
  }

  @Test
  void theMetadataIsSpanishAndTheManifestIsTheSameInEveryLanguage() throws Exception {
    try (PDDocument document = Loader.loadPDF(rendered)) {
      PDDocumentInformation info = document.getDocumentInformation();
      assertEquals("Certificado de destrucción de registros n.º 42", info.getTitle());
      assertEquals(
          "Destrucción de los registros de la lista de disposición 7 por la ejecución del"
              + " proceso 1234",
          info.getSubject());
      assertEquals("es", document.getDocumentCatalog().getLanguage());
      String xmp =
          new String(
              document.getDocumentCatalog().getMetadata().toByteArray(),
              java.nio.charset.StandardCharsets.UTF_8);
      assertTrue(xmp.contains("Certificado de destrucción de registros n.º 42"), xmp);
      PDComplexFileSpecification manifestFile =
          document
              .getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .get(CertificateManifest.FILE_NAME);
      assertEquals(
          Messages.text(SPANISH, "certificate.attachment"), manifestFile.getFileDescription());
    }
    assertEquals(
        manifest(
            CertificateDocument.render(
                SampleCertificates.content(300, ORGANIZATION, Locale.ENGLISH))),
        manifest(rendered),
        "the manifest does not depend on the language the pages are printed in");
    JsonObject manifest = manifest(rendered);
    assertEquals(
        "300 record(s) destroyed and verified; 2 could not be destroyed and are not (listed with"
            + " the reason); 3 held by a legal hold and not destroyed.",
        manifest.getString("verificationResult"));
    assertEquals(
        SampleCertificates.HOLD_CHECK,
        manifest.getJsonArray("entries").getJsonObject(0).getString("holdCheck"));
  }

  @Test
  void spanishLettersAndMarksRenderAsTheyAre() throws Exception {
    String organization = "¿Quién? ¡Peña Ñandú, Güemes y Cía.! ÁÉÍÓÚ áéíóú";
    byte[] pdf = CertificateDocument.render(SampleCertificates.content(2, organization, SPANISH));
    String text = text(pdf);
    assertTrue(text.contains("Organización " + organization), text);
    assertFalse(text.contains("?Qui"), "no letter replaced by '?': " + text);
    PdfA3Validation.assertCompliant(pdf);
  }

  @Test
  void aLanguageWithoutTextsIsRefusedNamingTheSupportedOnes() {
    CertificateContent spanish = SampleCertificates.content(0, SPANISH);
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () -> SampleCertificates.content(0, "Sigilo Test Organization", Locale.FRENCH));
    assertEquals(
        "Certificates are printed in en (English), es (Spanish), not in 'fr'",
        refused.getMessage());
    assertEquals(SPANISH, spanish.language());
    assertEquals(
        SPANISH,
        SampleCertificates.content(0, Locale.forLanguageTag("es-MX")).language(),
        "a regional variant is printed in its language");
  }

  private static JsonObject manifest(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf);
        JsonReader reader =
            Json.createReader(
                new ByteArrayInputStream(
                    document
                        .getDocumentCatalog()
                        .getNames()
                        .getEmbeddedFiles()
                        .getNames()
                        .get(CertificateManifest.FILE_NAME)
                        .getEmbeddedFile()
                        .toByteArray()))) {
      return reader.readObject();
    }
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** Lines joined: wrapped statements read as one run of words. */
  private static String flat(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}

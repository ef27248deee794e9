package org.sigilo.certificates.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a {@link CertificateContent} as a PDF/A-3b document: the statements of NIST SP 800-88
 * Appendix G as a labelled block, a table with one line per destroyed record over as many pages as
 * it takes, the records kept by a legal hold and those that failed, and the {@link
 * CertificateManifest} embedded as the document's associated file ({@code /AF}, relationship {@code
 * Data}) so that machines need not read the table.
 *
 * <p>Every word Sigilo prints comes from the message bundle (keys {@code certificate.*}) in the
 * content's {@link CertificateContent#language() language}, and counts are grouped the way that
 * language groups them. Times are always UTC and say so: in the statements as an ISO-8601 date and
 * time followed by the date written out in that language (no day/month ambiguity either way), in
 * the table as ISO-8601 only, to fit. Names, record classes and failure reasons recorded elsewhere
 * are printed as they are; the manifest stays language-neutral ({@link CertificateText}).
 *
 * <p>Why PDF/A-3b: a destruction certificate is kept for decades after the records it names are
 * gone, so it must render the same without anything outside the file (embedded font, sRGB output
 * intent, XMP identification), and PDF/A-3 is the part that allows the manifest inside. The font is
 * the Liberation Sans that PDFBox itself ships (SIL Open Font Licence), embedded as a subset, so
 * rendering works on any machine. It covers Latin-1 and Latin Extended-A (Spanish á, é, ñ, ü, ¿, ¡
 * among them); a character it lacks is printed as {@code ?} in the page text and stays exact in the
 * manifest.
 *
 * <p>It must scale to the largest disposition list (100,000 records: about 1,200 pages, 3.6 MB,
 * under two seconds once warm, within a 64 MiB heap that also holds the content): page content and
 * the manifest are compressed as they are written into PDFBox's scratch storage (memory up to 4
 * MiB, then a temporary file), rows are written as they are laid out, and no page or manifest is
 * ever built as one string. The result is returned as bytes because {@link CertificateSigner} signs
 * an in-memory document.
 */
public final class CertificateDocument {

  private static final long SCRATCH_MEMORY_BYTES = 4L * 1024 * 1024;

  private CertificateDocument() {}

  /** Renders {@code content} as a PDF/A-3b document issued now. */
  public static byte[] render(CertificateContent content) {
    return render(content, Instant.now());
  }

  /**
   * Renders {@code content} as a PDF/A-3b document issued at {@code issued} (the document's
   * creation date, to the second).
   *
   * @throws CertificateIssueException if the document cannot be produced
   */
  public static byte[] render(CertificateContent content, Instant issued) {
    DocumentBuffer out = new DocumentBuffer();
    Instant second = issued.truncatedTo(ChronoUnit.SECONDS);
    try (PDDocument document =
        new PDDocument(MemoryUsageSetting.setupMixed(SCRATCH_MEMORY_BYTES).streamCache)) {
      build(document, content, second);
      document.save(out, CompressParameters.DEFAULT_COMPRESSION);
    } catch (IOException | UncheckedIOException e) {
      throw new CertificateIssueException(
          "Cannot render " + content.title() + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  /**
   * Lays the pages out twice: first only counting them (no drawing, nothing stored), then drawing
   * each page complete with its "Page x of y" footer. Counting is cheap, and it spares every page a
   * second content stream appended once the total is known.
   */
  private static void build(PDDocument document, CertificateContent content, Instant issued)
      throws IOException {
    PDType0Font font = PdfArchive.embedFont(document);
    document.setVersion(1.7f);
    PdfArchive.describe(document, content, issued);
    PdfArchive.embedManifest(document, content, issued);
    PageLayout layout =
        new PageLayout(
            document,
            font,
            content.language(),
            content.title() + " \u00B7 " + content.organization());
    CertificateSections sections = new CertificateSections(content, issued, layout);
    layout.countPages();
    sections.write();
    layout.drawPages();
    sections.write();
    layout.finish();
  }
}

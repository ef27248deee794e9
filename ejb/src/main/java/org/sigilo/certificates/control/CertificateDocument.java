package org.sigilo.certificates.control;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Version;
import org.sigilo.platform.i18n.Messages;

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

  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String SRGB = "sRGB IEC61966-2.1";
  private static final long SCRATCH_MEMORY_BYTES = 4L * 1024 * 1024;

  private static final PDRectangle PAGE_SIZE = PDRectangle.A4;
  private static final float MARGIN = 40;
  private static final float TOP = 794;
  private static final float BOTTOM = 52;
  private static final float FOOTER_Y = 28;
  private static final float WIDTH = PAGE_SIZE.getWidth() - 2 * MARGIN;

  private static final float TITLE_SIZE = 18;
  private static final float HEADING_SIZE = 11;
  private static final float BODY_SIZE = 9;
  private static final float BODY_LEADING = 11.5f;
  private static final float LABEL_WIDTH = 150;
  private static final float TABLE_SIZE = 6.5f;
  private static final float ROW_HEIGHT = 8.5f;
  private static final float FOOTER_SIZE = 7;
  private static final float CELL_GAP = 5;

  /** A time in the table: ISO-8601, UTC. */
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /** A time in the statements, before its {@code UTC} and its written-out date. */
  private static final DateTimeFormatter STATEMENT_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  /** A table column: its heading's key, width and whether numbers are right-aligned in it. */
  private record Column(String key, float width, boolean right) {}

  private static final List<Column> ENTRY_COLUMNS =
      List.of(
          new Column("certificate.destroyed.record", 44, true),
          new Column("certificate.destroyed.class", 80, false),
          new Column("certificate.destroyed.schedule", 40, false),
          new Column("certificate.destroyed.due-on", 40, false),
          new Column("certificate.destroyed.hold-check", 107, false),
          new Column("certificate.destroyed.key", 24, false),
          new Column("certificate.destroyed.files", 30, true),
          new Column("certificate.destroyed.bytes", 48, true),
          new Column("certificate.destroyed.passes", 32, true),
          new Column("certificate.destroyed.destroyed-at", 70, false));

  private static final List<Column> HELD_COLUMNS =
      List.of(
          new Column("certificate.destroyed.record", 60, true),
          new Column("certificate.held.holds", 455, false));

  private static final List<Column> FAILED_COLUMNS =
      List.of(
          new Column("certificate.destroyed.record", 60, true),
          new Column("certificate.failed.reason", 455, false));

  private final CertificateContent content;
  private final Locale language;
  private final char groupingSeparator;
  private final DateTimeFormatter longDate;
  private final String yes;
  private final String no;
  private final Instant issued;
  private final PDDocument document;
  private final PDType0Font font;
  private String lastHoldCheck;
  private String lastHoldCheckPrinted;
  private final byte[] glyphs = new byte[Character.MAX_VALUE + 1];
  private final float[] advances = new float[Character.MAX_VALUE + 1];
  private PDPageContentStream page;
  private float y;
  private boolean drawing;
  private int pageNumber;
  private int totalPages;
  private String footer;

  private CertificateDocument(CertificateContent content, Instant issued, PDDocument document)
      throws IOException {
    this.content = content;
    this.language = content.language();
    this.groupingSeparator = DecimalFormatSymbols.getInstance(language).getGroupingSeparator();
    this.longDate =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language)
            .withZone(ZoneOffset.UTC);
    this.yes = text("certificate.yes");
    this.no = text("certificate.no");
    this.issued = issued;
    this.document = document;
    this.font = PDType0Font.load(document, new ByteArrayInputStream(FontProgram.BYTES), true);
    Arrays.fill(advances, Float.NaN);
  }

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
      new CertificateDocument(content, second, document).build();
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
  private void build() throws IOException {
    document.setVersion(1.7f);
    describe();
    embedManifest();
    drawing = false;
    layOut();
    totalPages = pageNumber;
    drawing = true;
    layOut();
    page.close();
    if (pageNumber != totalPages) {
      throw new IllegalStateException(
          "The layout counted " + totalPages + " pages but drew " + pageNumber);
    }
  }

  private void layOut() throws IOException {
    pageNumber = 0;
    footer =
        truncated(
            printable(content.title() + " \u00B7 " + content.organization()),
            WIDTH - 90,
            FOOTER_SIZE);
    newPage();
    writeStatements();
    writeEntries();
    writeHeld();
    writeFailed();
  }

  // --- the document as an archive object -------------------------------------------------------

  private void describe() throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    Calendar when = calendar(issued);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(content.title());
    info.setAuthor(content.organization());
    info.setSubject(subject());
    info.setCreator(content.tool());
    info.setProducer(producer());
    info.setCreationDate(when);
    info.setModificationDate(when);

    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp().getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
    catalog.setLanguage(language.toLanguageTag());

    byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  private String subject() {
    return text(
        "certificate.subject",
        Long.toString(content.dispositionListId()),
        Long.toString(content.jobExecutionId()));
  }

  private static String producer() {
    String version = Version.getVersion();
    return "Apache PDFBox" + (version == null ? "" : " " + version);
  }

  /**
   * The XMP packet: the PDF/A identification (part 3, conformance B) and the same title, author,
   * subject, tools and dates as the information dictionary, as PDF/A requires them to agree.
   */
  private String xmp() {
    String date = issued.toString();
    return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
        + "<pdfaid:part>3</pdfaid:part>\n"
        + "<pdfaid:conformance>B</pdfaid:conformance>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "<dc:format>application/pdf</dc:format>\n"
        + "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xml(content.title())
        + "</rdf:li></rdf:Alt></dc:title>\n"
        + "<dc:creator><rdf:Seq><rdf:li>"
        + xml(content.organization())
        + "</rdf:li></rdf:Seq></dc:creator>\n"
        + "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">"
        + xml(subject())
        + "</rdf:li></rdf:Alt></dc:description>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
        + "<xmp:CreatorTool>"
        + xml(content.tool())
        + "</xmp:CreatorTool>\n"
        + "<xmp:CreateDate>"
        + date
        + "</xmp:CreateDate>\n"
        + "<xmp:ModifyDate>"
        + date
        + "</xmp:ModifyDate>\n"
        + "<xmp:MetadataDate>"
        + date
        + "</xmp:MetadataDate>\n"
        + "</rdf:Description>\n"
        + "<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
        + "<pdf:Producer>"
        + xml(producer())
        + "</pdf:Producer>\n"
        + "</rdf:Description>\n"
        + "</rdf:RDF>\n"
        + "</x:xmpmeta>\n"
        + "<?xpacket end=\"w\"?>";
  }

  private static String xml(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c < 0x20 && c != '\t' ? ' ' : c);
      }
    }
    return escaped.toString();
  }

  /**
   * Writes the manifest straight into a compressed embedded-file stream and declares it the way
   * PDF/A-3 wants associated files: {@code /F} and {@code /UF}, {@code /AFRelationship /Data}, a
   * MIME subtype and {@code /Params} with its size and dates, listed in the catalog's {@code /AF}
   * and, for viewers, in the embedded-files name tree.
   */
  private void embedManifest() throws IOException {
    COSStream stream = document.getDocument().createCOSStream();
    long size;
    // Compressed here, as it is written: PDFBox's filtered stream would first buffer the whole
    // uncompressed manifest (tens of megabytes for a large list).
    stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
    Deflater deflater = new Deflater();
    try (Counting counting =
        new Counting(
            new DeflaterOutputStream(stream.createRawOutputStream(), deflater, 64 * 1024))) {
      CertificateManifest.write(content, counting);
      size = counting.count;
    } finally {
      deflater.end();
    }
    if (size > Integer.MAX_VALUE) {
      throw new IOException("The manifest is larger than a PDF can declare (" + size + " bytes)");
    }
    stream.setItem(COSName.TYPE, COSName.EMBEDDED_FILE);
    PDEmbeddedFile file = new PDEmbeddedFile(stream);
    file.setSubtype(CertificateManifest.MEDIA_TYPE);
    file.setSize((int) size);
    file.setCreationDate(calendar(issued));
    file.setModDate(calendar(issued));

    PDComplexFileSpecification specification = new PDComplexFileSpecification();
    specification.setFile(CertificateManifest.FILE_NAME);
    specification.setFileUnicode(CertificateManifest.FILE_NAME);
    specification.setFileDescription(text("certificate.attachment"));
    specification.setEmbeddedFile(file);
    specification.setEmbeddedFileUnicode(file);
    specification.getCOSObject().setName(COSName.AF_RELATIONSHIP, "Data");

    PDDocumentCatalog catalog = document.getDocumentCatalog();
    COSArray associated = new COSArray();
    associated.add(specification);
    catalog.getCOSObject().setItem(COSName.AF, associated);
    PDEmbeddedFilesNameTreeNode files = new PDEmbeddedFilesNameTreeNode();
    files.setNames(Map.of(CertificateManifest.FILE_NAME, specification));
    PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
    names.setEmbeddedFiles(files);
    catalog.setNames(names);
  }

  // --- the pages ---------------------------------------------------------------------------------

  private void writeStatements() throws IOException {
    heading(content.title(), TITLE_SIZE);
    y -= 4;
    paragraph(text("certificate.statement", CertificateManifest.FILE_NAME));
    y -= 6;
    CertificateContent.Totals totals = content.totals();
    field("certificate.field.number", Long.toString(content.number()));
    field("certificate.field.organization", content.organization());
    field("certificate.field.executed-by", content.executedBy());
    field("certificate.field.approved-by", recorded(content.approvedBy()));
    field("certificate.field.submitted-by", recorded(content.submittedBy()));
    field("certificate.field.disposition-list", Long.toString(content.dispositionListId()));
    field("certificate.field.job-execution", Long.toString(content.jobExecutionId()));
    field("certificate.field.started", instant(content.started()));
    field("certificate.field.finished", instant(content.finished()));
    field("certificate.field.method", content.method().in(language));
    field("certificate.field.tool", content.tool());
    field("certificate.field.verification-method", content.verificationMethod().in(language));
    field("certificate.field.verification-result", content.verificationResult().in(language));
    field("certificate.field.records-destroyed", grouped(totals.recordsDestroyed()));
    field("certificate.field.keys-destroyed", grouped(totals.keysDestroyed()));
    field(
        "certificate.field.files-overwritten",
        text(
            "certificate.field.files-overwritten.value",
            totals.filesOverwritten(), // chooses "file" or "files"
            grouped(totals.bytesOverwritten()),
            grouped(totals.filesOverwritten())));
    field(
        "certificate.field.epoch-keys-destroyed",
        content.epochKeysDestroyed().isEmpty()
            ? "0"
            : grouped(content.epochKeysDestroyed().size())
                + ": "
                + String.join(", ", content.epochKeysDestroyed()));
    field("certificate.field.records-held", grouped(content.skippedHeld().size()));
    field("certificate.field.records-failed", grouped(content.failed().size()));
    field("certificate.field.issued", instant(issued));
  }

  private void writeEntries() throws IOException {
    section(text("certificate.destroyed.title", grouped(content.entries().size())), ENTRY_COLUMNS);
    if (content.entries().isEmpty()) {
      paragraph(text("certificate.none"));
      return;
    }
    String[] cells = new String[ENTRY_COLUMNS.size()];
    for (CertificateEntry entry : content.entries()) {
      if (y - ROW_HEIGHT < BOTTOM) {
        newPage();
        tableHeader(ENTRY_COLUMNS);
      }
      if (!drawing) {
        y -= ROW_HEIGHT;
        continue;
      }
      cells[0] = Long.toString(entry.recordId());
      cells[1] = entry.recordClass();
      cells[2] = "#" + entry.scheduleId() + " v" + entry.scheduleVersion();
      cells[3] = entry.dueOn().toString();
      cells[4] = holdCheck(entry);
      cells[5] = entry.keyDestroyed() ? yes : no;
      cells[6] = Integer.toString(entry.filesOverwritten());
      cells[7] = grouped(entry.bytesOverwritten());
      cells[8] = Integer.toString(entry.overwritePasses());
      cells[9] = STAMP.format(entry.destroyedAt());
      row(ENTRY_COLUMNS, cells);
    }
  }

  /**
   * The hold check in the certificate's language when it is the destruction's "no hold at" (as it
   * is for every destroyed record), else as recorded. The records of a chunk share one check, so
   * the last one is remembered rather than formatted again for each row.
   */
  private String holdCheck(CertificateEntry entry) {
    if (!entry.holdCheck().equals(lastHoldCheck)) {
      lastHoldCheck = entry.holdCheck();
      lastHoldCheckPrinted =
          entry
              .noHoldCheckedAt()
              .map(at -> text("certificate.destroyed.no-hold", STAMP.format(at)))
              .orElse(entry.holdCheck());
    }
    return lastHoldCheckPrinted;
  }

  private void writeHeld() throws IOException {
    y -= 8;
    section(text("certificate.held.title", grouped(content.skippedHeld().size())), HELD_COLUMNS);
    if (content.skippedHeld().isEmpty()) {
      paragraph(text("certificate.none"));
      return;
    }
    for (CertificateContent.HeldRecord held : content.skippedHeld()) {
      wrappedRow(
          HELD_COLUMNS,
          Long.toString(held.recordId()),
          held.holdIds().isEmpty() ? text("certificate.held.released-since") : held.holdIds());
    }
  }

  private void writeFailed() throws IOException {
    y -= 8;
    section(text("certificate.failed.title", grouped(content.failed().size())), FAILED_COLUMNS);
    if (content.failed().isEmpty()) {
      paragraph(text("certificate.none"));
      return;
    }
    for (CertificateContent.FailedRecord failed : content.failed()) {
      wrappedRow(
          FAILED_COLUMNS,
          Long.toString(failed.recordId()),
          failed.reason() == null ? text("certificate.failed.no-reason") : failed.reason());
    }
  }

  // --- layout ------------------------------------------------------------------------------------

  private void newPage() throws IOException {
    pageNumber++;
    y = TOP;
    if (!drawing) {
      return;
    }
    if (page != null) {
      page.close();
    }
    PDPage next = new PDPage(PAGE_SIZE);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    String number =
        printable(
            text("certificate.page", Integer.toString(pageNumber), Integer.toString(totalPages)));
    page.beginText();
    page.setFont(font, FOOTER_SIZE);
    page.setNonStrokingColor(0.35f, 0.35f, 0.35f);
    page.newLineAtOffset(MARGIN, FOOTER_Y);
    page.showText(footer);
    page.newLineAtOffset(WIDTH - width(number, FOOTER_SIZE), 0);
    page.showText(number);
    page.endText();
    page.setNonStrokingColor(0f, 0f, 0f);
  }

  private void heading(String text, float size) throws IOException {
    if (y - size * 1.3f < BOTTOM) {
      newPage();
    }
    y -= size;
    if (drawing) {
      page.setNonStrokingColor(0f, 0f, 0f);
      page.setStrokingColor(0f, 0f, 0f);
      page.setLineWidth(size / 40);
      page.beginText();
      page.setFont(font, size);
      page.setRenderingMode(RenderingMode.FILL_STROKE);
      page.setTextMatrix(Matrix.getTranslateInstance(MARGIN, y));
      page.showText(truncated(printable(text), WIDTH, size));
      page.setRenderingMode(RenderingMode.FILL);
      page.endText();
    }
    y -= size * 0.5f;
  }

  private void paragraph(String text) throws IOException {
    for (String line : wrap(printable(text), WIDTH, BODY_SIZE)) {
      if (y - BODY_LEADING < BOTTOM) {
        newPage();
      }
      y -= BODY_LEADING;
      if (drawing) {
        page.beginText();
        page.setFont(font, BODY_SIZE);
        page.setNonStrokingColor(0f, 0f, 0f);
        page.setTextMatrix(Matrix.getTranslateInstance(MARGIN, y));
        page.showText(line);
        page.endText();
      }
    }
  }

  /** One labelled statement: the label (by its key) on the left, the value wrapped beside it. */
  private void field(String labelKey, String value) throws IOException {
    String label = truncated(printable(text(labelKey)), LABEL_WIDTH - CELL_GAP, BODY_SIZE);
    List<String> lines = wrap(printable(value), WIDTH - LABEL_WIDTH, BODY_SIZE);
    for (int i = 0; i < lines.size(); i++) {
      if (y - BODY_LEADING < BOTTOM) {
        newPage();
      }
      y -= BODY_LEADING;
      if (!drawing) {
        continue;
      }
      page.beginText();
      page.setFont(font, BODY_SIZE);
      if (i == 0) {
        page.setNonStrokingColor(0.35f, 0.35f, 0.35f);
        page.setTextMatrix(Matrix.getTranslateInstance(MARGIN, y));
        page.showText(label);
      }
      page.setNonStrokingColor(0f, 0f, 0f);
      page.setTextMatrix(Matrix.getTranslateInstance(MARGIN + LABEL_WIDTH, y));
      page.showText(lines.get(i));
      page.endText();
    }
  }

  /** A section heading followed by its table header, kept on one page with the first rows. */
  private void section(String title, List<Column> columns) throws IOException {
    if (y - (HEADING_SIZE * 2 + ROW_HEIGHT * 4) < BOTTOM) {
      newPage();
    }
    y -= 10;
    heading(title, HEADING_SIZE);
    tableHeader(columns);
  }

  private void tableHeader(List<Column> columns) throws IOException {
    String[] headings =
        columns.stream().map(column -> printable(text(column.key()))).toArray(String[]::new);
    y -= 2;
    if (drawing) {
      page.setNonStrokingColor(0.35f, 0.35f, 0.35f);
    }
    cells(columns, headings);
    if (drawing) {
      page.setStrokingColor(0.6f, 0.6f, 0.6f);
      page.setLineWidth(0.4f);
      page.moveTo(MARGIN, y - 2.5f);
      page.lineTo(MARGIN + WIDTH, y - 2.5f);
      page.stroke();
      page.setNonStrokingColor(0f, 0f, 0f);
    }
    y -= 2;
  }

  private void row(List<Column> columns, String[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      values[i] = printable(values[i]);
    }
    cells(columns, values);
  }

  /**
   * One table line; every cell is cut to its column with an ellipsis. Cells are placed with
   * relative moves and positions rounded to a hundredth of a point (rows sit on a half-point grid):
   * the numbers repeat from row to row, which keeps large certificates small once the content
   * streams are compressed.
   */
  private void cells(List<Column> columns, String[] values) throws IOException {
    y -= ROW_HEIGHT;
    if (!drawing) {
      return;
    }
    page.beginText();
    page.setFont(font, TABLE_SIZE);
    float x = MARGIN;
    float previous = 0;
    for (int i = 0; i < values.length; i++) {
      Column column = columns.get(i);
      String text = truncated(values[i], column.width() - CELL_GAP, TABLE_SIZE);
      float at =
          column.right()
              ? Math.round((x + column.width() - CELL_GAP - width(text, TABLE_SIZE)) * 100) / 100f
              : x;
      float move = Math.round((at - previous) * 100) / 100f;
      page.newLineAtOffset(move, i == 0 ? y : 0);
      page.showText(text);
      previous += move;
      x += column.width();
    }
    page.endText();
  }

  /** A two-column line whose second cell wraps (a reason, a list of holds). */
  private void wrappedRow(List<Column> columns, String first, String second) throws IOException {
    List<String> lines = wrap(printable(second), columns.get(1).width() - CELL_GAP, TABLE_SIZE);
    for (int i = 0; i < lines.size(); i++) {
      if (y - ROW_HEIGHT < BOTTOM) {
        newPage();
        tableHeader(columns);
      }
      cells(columns, new String[] {i == 0 ? printable(first) : "", lines.get(i)});
    }
  }

  // --- text --------------------------------------------------------------------------------------

  /** Sigilo's words for {@code key} in the certificate's language. */
  private String text(String key, Object... arguments) {
    return Messages.text(language, key, arguments);
  }

  private String recorded(String person) {
    return person == null ? text("certificate.not-recorded") : person;
  }

  /** A time in the statements: ISO-8601 date and time, UTC, then the date in words. */
  private String instant(Instant instant) {
    return text("certificate.instant", STATEMENT_TIME.format(instant), longDate.format(instant));
  }

  /**
   * The text as the embedded font can show it: characters it has no glyph for, and control
   * characters, become {@code ?} or a space. Results per character are remembered.
   */
  private String printable(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!hasGlyph(c)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = Character.isSpaceChar(c) || Character.isISOControl(c) ? ' ' : '?';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private boolean hasGlyph(char c) {
    byte known = glyphs[c];
    if (known == 0) {
      boolean has;
      if (Character.isISOControl(c) || Character.isSurrogate(c)) {
        has = false;
      } else {
        try {
          font.encode(String.valueOf(c));
          has = true;
        } catch (IllegalArgumentException | IOException e) {
          has = false;
        }
      }
      known = has ? (byte) 1 : (byte) 2;
      glyphs[c] = known;
    }
    return known == 1;
  }

  private float advance(char c) {
    float advance = advances[c];
    if (Float.isNaN(advance)) {
      try {
        advance = font.getStringWidth(String.valueOf(c)) / 1000f;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      advances[c] = advance;
    }
    return advance;
  }

  private float width(String text, float size) {
    float width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += advance(text.charAt(i));
    }
    return width * size;
  }

  private String truncated(String text, float available, float size) {
    if (width(text, size) <= available) {
      return text;
    }
    float limit = available - advance('\u2026') * size;
    float used = 0;
    int end = 0;
    while (end < text.length() && used + advance(text.charAt(end)) * size <= limit) {
      used += advance(text.charAt(end)) * size;
      end++;
    }
    return text.substring(0, end) + '\u2026';
  }

  /** Greedy word wrap; a word longer than a line is broken where it overflows. */
  private List<String> wrap(String text, float available, float size) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    float used = 0;
    float space = advance(' ') * size;
    for (String word : text.split(" +")) {
      float wordWidth = width(word, size);
      if (line.length() > 0 && used + space + wordWidth > available) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      if (line.length() > 0) {
        line.append(' ');
        used += space;
      }
      for (int i = 0; i < word.length(); i++) {
        float advance = advance(word.charAt(i)) * size;
        if (used + advance > available && line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
          used = 0;
        }
        line.append(word.charAt(i));
        used += advance;
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /** A count with its digits grouped as the certificate's language groups them. */
  private String grouped(long number) {
    String digits = Long.toString(Math.abs(number));
    StringBuilder grouped = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (number < 0) {
      grouped.append('-');
    }
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        grouped.append(groupingSeparator);
      }
      grouped.append(digits.charAt(i));
    }
    return grouped.toString();
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  /**
   * The font program, read once: Liberation Sans without its glyph-substitution table (GSUB).
   * PDFBox 3 runs every shown string of a font with a GSUB table through its substitution engine,
   * which costs about a millisecond per string and made a 100,000-record certificate take minutes;
   * a certificate needs no ligatures or contextual forms (Latin text, and its text must extract
   * exactly as written). Only the table directory changes: the entry is dropped, every other table
   * stays byte for byte where it was.
   */
  private static final class FontProgram {
    static final byte[] BYTES = withoutTable(read(), "GSUB");

    private static byte[] read() {
      try (InputStream in = PDDocument.class.getResourceAsStream(FONT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("PDFBox's bundled font " + FONT_RESOURCE + " is missing");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read PDFBox's bundled font " + FONT_RESOURCE, e);
      }
    }

    /** The sfnt with the table {@code tag} left out of its directory (offsets are absolute). */
    static byte[] withoutTable(byte[] font, String tag) {
      ByteBuffer in = ByteBuffer.wrap(font);
      int tables = Short.toUnsignedInt(in.getShort(4));
      int drop = -1;
      for (int i = 0; i < tables; i++) {
        if (tag.equals(new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII))) {
          drop = i;
        }
      }
      if (drop < 0) {
        return font;
      }
      byte[] stripped = font.clone();
      ByteBuffer out = ByteBuffer.wrap(stripped);
      int remaining = tables - 1;
      int power = Integer.highestOneBit(remaining);
      out.putShort(4, (short) remaining);
      out.putShort(6, (short) (power * 16));
      out.putShort(8, (short) Integer.numberOfTrailingZeros(power));
      out.putShort(10, (short) (remaining * 16 - power * 16));
      int to = 12;
      for (int i = 0; i < tables; i++) {
        if (i != drop) {
          System.arraycopy(font, 12 + 16 * i, stripped, to, 16);
          to += 16;
        }
      }
      Arrays.fill(stripped, to, to + 16, (byte) 0);
      return stripped;
    }
  }

  /** Counts what passes through, to declare the manifest's size in its {@code /Params}. */
  private static final class Counting extends FilterOutputStream {
    long count;

    Counting(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
      count += length;
    }
  }
}

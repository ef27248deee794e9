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
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.util.Version;
import org.sigilo.platform.i18n.Messages;

/**
 * What makes a certificate a self-contained PDF/A-3b archive object, apart from its pages: the
 * identification and metadata, the sRGB output intent, the embedded font and the manifest as an
 * associated file. A certificate outlives the records it names by decades, so everything it needs
 * to render and be read must be inside the file and declared the way PDF/A validators expect.
 */
final class PdfArchive {

  private static final String FONT_RESOURCE =
      "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final String SRGB = "sRGB IEC61966-2.1";

  private PdfArchive() {}

  /** Loads the font every page is printed in, to be embedded in {@code document} as a subset. */
  static PDType0Font embedFont(PDDocument document) throws IOException {
    return PDType0Font.load(document, new ByteArrayInputStream(FontProgram.BYTES), true);
  }

  /**
   * Identifies {@code document} in its information dictionary and XMP metadata, declares its
   * language and gives it the sRGB output intent.
   */
  static void describe(PDDocument document, CertificateContent content, Instant issued)
      throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    Calendar when = calendar(issued);
    PDDocumentInformation info = document.getDocumentInformation();
    info.setTitle(content.title());
    info.setAuthor(content.organization());
    info.setSubject(subject(content));
    info.setCreator(content.tool());
    info.setProducer(producer());
    info.setCreationDate(when);
    info.setModificationDate(when);

    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp(content, issued).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
    catalog.setLanguage(content.language().toLanguageTag());

    byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(srgb));
    intent.setInfo(SRGB);
    intent.setOutputCondition(SRGB);
    intent.setOutputConditionIdentifier(SRGB);
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);
  }

  private static String subject(CertificateContent content) {
    return Messages.text(
        content.language(),
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
  private static String xmp(CertificateContent content, Instant issued) {
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
        + xml(subject(content))
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
  static void embedManifest(PDDocument document, CertificateContent content, Instant issued)
      throws IOException {
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
    specification.setFileDescription(Messages.text(content.language(), "certificate.attachment"));
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

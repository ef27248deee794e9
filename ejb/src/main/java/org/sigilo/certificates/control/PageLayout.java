package org.sigilo.certificates.control;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.sigilo.platform.i18n.Messages;

/**
 * The writing position on a certificate's pages and the blocks written at it (headings, paragraphs,
 * labelled fields, tables), so that what a certificate says is written without minding where a page
 * ends. It lays the pages out in two passes: {@link #countPages()} only moves the position and
 * counts pages, {@link #drawPages()} then draws each page with its "Page x of y" footer.
 */
final class PageLayout {

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

  /** A table column: its heading's key, width and whether numbers are right-aligned in it. */
  record Column(String key, float width, boolean right) {}

  private final PDDocument document;
  private final PDType0Font font;
  private final Glyphs glyphs;
  private final Locale language;
  private final String footer;
  private PDPageContentStream page;
  private float y;
  private boolean drawing;
  private int pageNumber;
  private int totalPages;

  /**
   * @param footer what every page's footer says before its page number, cut to fit
   */
  PageLayout(PDDocument document, PDType0Font font, Locale language, String footer) {
    this.document = document;
    this.font = font;
    this.glyphs = new Glyphs(font);
    this.language = language;
    this.footer = glyphs.truncated(glyphs.printable(footer), WIDTH - 90, FOOTER_SIZE);
  }

  /** Starts the first pass at the first page: it numbers pages but draws and stores nothing. */
  void countPages() throws IOException {
    drawing = false;
    pageNumber = 0;
    newPage();
  }

  /**
   * Starts the second pass at the first page, now that the first has counted the pages: it draws
   * each page, its footer complete, and adds it to the document.
   */
  void drawPages() throws IOException {
    totalPages = pageNumber;
    drawing = true;
    pageNumber = 0;
    newPage();
  }

  /** Ends the second pass; both passes must have broken the pages at the same places. */
  void finish() throws IOException {
    page.close();
    if (pageNumber != totalPages) {
      throw new IllegalStateException(
          "The layout counted " + totalPages + " pages but drew " + pageNumber);
    }
  }

  /** Leaves {@code points} of space before what comes next. */
  void space(float points) {
    y -= points;
  }

  /** The document's title, as the first line of the first page. */
  void title(String text) throws IOException {
    heading(text, TITLE_SIZE);
  }

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
        glyphs.printable(
            text("certificate.page", Integer.toString(pageNumber), Integer.toString(totalPages)));
    page.beginText();
    page.setFont(font, FOOTER_SIZE);
    page.setNonStrokingColor(0.35f, 0.35f, 0.35f);
    page.newLineAtOffset(MARGIN, FOOTER_Y);
    page.showText(footer);
    page.newLineAtOffset(WIDTH - glyphs.width(number, FOOTER_SIZE), 0);
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
      page.showText(glyphs.truncated(glyphs.printable(text), WIDTH, size));
      page.setRenderingMode(RenderingMode.FILL);
      page.endText();
    }
    y -= size * 0.5f;
  }

  void paragraph(String text) throws IOException {
    for (String line : glyphs.wrap(glyphs.printable(text), WIDTH, BODY_SIZE)) {
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
  void field(String labelKey, String value) throws IOException {
    String label =
        glyphs.truncated(glyphs.printable(text(labelKey)), LABEL_WIDTH - CELL_GAP, BODY_SIZE);
    List<String> lines = glyphs.wrap(glyphs.printable(value), WIDTH - LABEL_WIDTH, BODY_SIZE);
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
  void section(String title, List<Column> columns) throws IOException {
    if (y - (HEADING_SIZE * 2 + ROW_HEIGHT * 4) < BOTTOM) {
      newPage();
    }
    y -= 10;
    heading(title, HEADING_SIZE);
    tableHeader(columns);
  }

  private void tableHeader(List<Column> columns) throws IOException {
    String[] headings =
        columns.stream().map(column -> glyphs.printable(text(column.key()))).toArray(String[]::new);
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

  /**
   * Makes room for one table line, on a new page under the table header again if need be. Returns
   * false while only counting pages: the line then takes its place here, and composing its cells
   * (for up to 100,000 records) would be wasted.
   */
  boolean rowToDraw(List<Column> columns) throws IOException {
    if (y - ROW_HEIGHT < BOTTOM) {
      newPage();
      tableHeader(columns);
    }
    if (!drawing) {
      y -= ROW_HEIGHT;
      return false;
    }
    return true;
  }

  /** One table line at the place {@link #rowToDraw} made for it. */
  void row(List<Column> columns, String[] values) throws IOException {
    for (int i = 0; i < values.length; i++) {
      values[i] = glyphs.printable(values[i]);
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
      String text = glyphs.truncated(values[i], column.width() - CELL_GAP, TABLE_SIZE);
      float at =
          column.right()
              ? Math.round((x + column.width() - CELL_GAP - glyphs.width(text, TABLE_SIZE)) * 100)
                  / 100f
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
  void wrappedRow(List<Column> columns, String first, String second) throws IOException {
    List<String> lines =
        glyphs.wrap(glyphs.printable(second), columns.get(1).width() - CELL_GAP, TABLE_SIZE);
    for (int i = 0; i < lines.size(); i++) {
      if (y - ROW_HEIGHT < BOTTOM) {
        newPage();
        tableHeader(columns);
      }
      cells(columns, new String[] {i == 0 ? glyphs.printable(first) : "", lines.get(i)});
    }
  }

  /** Sigilo's words for {@code key} in the certificate's language. */
  private String text(String key, Object... arguments) {
    return Messages.text(language, key, arguments);
  }
}

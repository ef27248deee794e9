package org.sigilo.certificates.control;

import java.io.IOException;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.sigilo.certificates.control.PageLayout.Column;
import org.sigilo.platform.i18n.Messages;

/**
 * What a certificate's pages say, section by section (the Appendix G statements, the destroyed
 * records, those kept by a legal hold, those that failed), in the certificate's language: kept
 * apart from {@link PageLayout} so that what is stated reads without how it is placed on a page.
 */
final class CertificateSections {

  /** A time in the table: ISO-8601, UTC. */
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  /** A time in the statements, before its {@code UTC} and its written-out date. */
  private static final DateTimeFormatter STATEMENT_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

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
  private final Instant issued;
  private final PageLayout layout;
  private final Locale language;
  private final char groupingSeparator;
  private final DateTimeFormatter longDate;
  private final String yes;
  private final String no;
  private String lastHoldCheck;
  private String lastHoldCheckPrinted;

  CertificateSections(CertificateContent content, Instant issued, PageLayout layout) {
    this.content = content;
    this.issued = issued;
    this.layout = layout;
    this.language = content.language();
    this.groupingSeparator = DecimalFormatSymbols.getInstance(language).getGroupingSeparator();
    this.longDate =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language)
            .withZone(ZoneOffset.UTC);
    this.yes = text("certificate.yes");
    this.no = text("certificate.no");
  }

  /** Writes every section, from the first page on; once for each of the layout's passes. */
  void write() throws IOException {
    writeStatements();
    writeEntries();
    writeHeld();
    writeFailed();
  }

  private void writeStatements() throws IOException {
    layout.title(content.title());
    layout.space(4);
    layout.paragraph(text("certificate.statement", CertificateManifest.FILE_NAME));
    layout.space(6);
    CertificateContent.Totals totals = content.totals();
    layout.field("certificate.field.number", Long.toString(content.number()));
    layout.field("certificate.field.organization", content.organization());
    layout.field("certificate.field.executed-by", content.executedBy());
    layout.field("certificate.field.approved-by", recorded(content.approvedBy()));
    layout.field("certificate.field.submitted-by", recorded(content.submittedBy()));
    layout.field("certificate.field.disposition-list", Long.toString(content.dispositionListId()));
    layout.field("certificate.field.job-execution", Long.toString(content.jobExecutionId()));
    layout.field("certificate.field.started", instant(content.started()));
    layout.field("certificate.field.finished", instant(content.finished()));
    layout.field("certificate.field.method", content.method().in(language));
    layout.field("certificate.field.tool", content.tool());
    layout.field(
        "certificate.field.verification-method", content.verificationMethod().in(language));
    layout.field(
        "certificate.field.verification-result", content.verificationResult().in(language));
    layout.field("certificate.field.records-destroyed", grouped(totals.recordsDestroyed()));
    layout.field("certificate.field.keys-destroyed", grouped(totals.keysDestroyed()));
    layout.field(
        "certificate.field.files-overwritten",
        text(
            "certificate.field.files-overwritten.value",
            totals.filesOverwritten(), // chooses "file" or "files"
            grouped(totals.bytesOverwritten()),
            grouped(totals.filesOverwritten())));
    layout.field(
        "certificate.field.epoch-keys-destroyed",
        content.epochKeysDestroyed().isEmpty()
            ? "0"
            : grouped(content.epochKeysDestroyed().size())
                + ": "
                + String.join(", ", content.epochKeysDestroyed()));
    layout.field("certificate.field.records-held", grouped(content.skippedHeld().size()));
    layout.field("certificate.field.records-failed", grouped(content.failed().size()));
    layout.field("certificate.field.issued", instant(issued));
  }

  private void writeEntries() throws IOException {
    layout.section(
        text("certificate.destroyed.title", grouped(content.entries().size())), ENTRY_COLUMNS);
    if (content.entries().isEmpty()) {
      layout.paragraph(text("certificate.none"));
      return;
    }
    String[] cells = new String[ENTRY_COLUMNS.size()];
    for (CertificateEntry entry : content.entries()) {
      if (!layout.rowToDraw(ENTRY_COLUMNS)) {
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
      layout.row(ENTRY_COLUMNS, cells);
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
    layout.space(8);
    layout.section(
        text("certificate.held.title", grouped(content.skippedHeld().size())), HELD_COLUMNS);
    if (content.skippedHeld().isEmpty()) {
      layout.paragraph(text("certificate.none"));
      return;
    }
    for (CertificateContent.HeldRecord held : content.skippedHeld()) {
      layout.wrappedRow(
          HELD_COLUMNS,
          Long.toString(held.recordId()),
          held.holdIds().isEmpty() ? text("certificate.held.released-since") : held.holdIds());
    }
  }

  private void writeFailed() throws IOException {
    layout.space(8);
    layout.section(
        text("certificate.failed.title", grouped(content.failed().size())), FAILED_COLUMNS);
    if (content.failed().isEmpty()) {
      layout.paragraph(text("certificate.none"));
      return;
    }
    for (CertificateContent.FailedRecord failed : content.failed()) {
      layout.wrappedRow(
          FAILED_COLUMNS,
          Long.toString(failed.recordId()),
          failed.reason() == null ? text("certificate.failed.no-reason") : failed.reason());
    }
  }

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
}

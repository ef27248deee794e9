package org.sigilo.certificates.control;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;

/**
 * The machine-readable manifest of a certificate: every field of its {@link CertificateContent} and
 * every destroyed, held and failed record, as JSON. It travels inside the certificate's PDF as its
 * PDF/A-3 associated file {@value #FILE_NAME}, so a program can check the certificate against its
 * own records without reading the printed table.
 *
 * <p>It is written as a stream, never built as one string: a certificate may list hundreds of
 * thousands of records. Field names are those of {@link CertificateContent} and {@link
 * CertificateEntry}; instants are ISO-8601 UTC, days ISO-8601 dates; {@code customerReference} is
 * present only for entries that state one. It is language-neutral: whatever language the pages are
 * printed in, Sigilo's own words are stated in English ({@link CertificateText#neutral()}), so it
 * does not state the pages' language either.
 */
public final class CertificateManifest {

  /** The name of the manifest inside the certificate's PDF. */
  public static final String FILE_NAME = "manifest.json";

  /** Its media type, as the embedded file's subtype states it. */
  public static final String MEDIA_TYPE = "application/json";

  /** The version of this layout; a reader checks it before reading the rest. */
  public static final int FORMAT_VERSION = 1;

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  private CertificateManifest() {}

  /** Writes the manifest of {@code content} as UTF-8 JSON to {@code out}; leaves it open. */
  public static void write(CertificateContent content, OutputStream out) throws IOException {
    try (JsonGenerator json = GENERATORS.createGenerator(new KeepOpen(out))) {
      json.writeStartObject()
          .write("manifestVersion", FORMAT_VERSION)
          .write("number", content.number())
          .write("organization", content.organization())
          .write("executedBy", content.executedBy())
          .write("approvedBy", recorded(content.approvedBy()))
          .write("submittedBy", recorded(content.submittedBy()))
          .write("dispositionListId", content.dispositionListId())
          .write("jobExecutionId", content.jobExecutionId())
          .write("started", content.started().toString())
          .write("finished", content.finished().toString())
          .write("method", content.method().neutral())
          .write("tool", content.tool())
          .write("verificationMethod", content.verificationMethod().neutral())
          .write("verificationResult", content.verificationResult().neutral());
      json.writeStartArray("epochKeysDestroyed");
      content.epochKeysDestroyed().forEach(json::write);
      json.writeEnd();
      json.writeStartArray("skippedHeld");
      for (CertificateContent.HeldRecord held : content.skippedHeld()) {
        json.writeStartObject()
            .write("recordId", held.recordId())
            .write(
                "holdIds",
                held.holdIds().isEmpty()
                    ? CertificateContent.HeldRecord.RELEASED_SINCE
                    : held.holdIds())
            .writeEnd();
      }
      json.writeEnd();
      json.writeStartArray("failed");
      for (CertificateContent.FailedRecord failed : content.failed()) {
        json.writeStartObject()
            .write("recordId", failed.recordId())
            .write(
                "reason",
                failed.reason() == null
                    ? CertificateContent.FailedRecord.NO_REASON
                    : failed.reason())
            .writeEnd();
      }
      json.writeEnd();
      json.writeStartArray("entries");
      for (CertificateEntry entry : content.entries()) {
        json.writeStartObject()
            .write("recordId", entry.recordId())
            .write("recordClass", entry.recordClass())
            .write("scheduleId", entry.scheduleId())
            .write("scheduleVersion", entry.scheduleVersion())
            .write("dueOn", entry.dueOn().toString())
            .write("holdCheck", entry.holdCheck())
            .write("keyDestroyed", entry.keyDestroyed())
            .write("filesOverwritten", entry.filesOverwritten())
            .write("bytesOverwritten", entry.bytesOverwritten())
            .write("overwritePasses", entry.overwritePasses());
        if (entry.customerReference() != null) {
          json.write("customerReference", entry.customerReference());
        }
        json.write("destroyedAt", entry.destroyedAt().toString()).writeEnd();
      }
      json.writeEnd();
      json.writeEnd();
    } catch (jakarta.json.JsonException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e;
    }
  }

  private static String recorded(String person) {
    return person == null ? CertificateContent.NOT_RECORDED : person;
  }

  /**
   * Lets the generator flush its buffer on close without closing the caller's stream, which the
   * caller owns (it may be the PDF's embedded-file stream still being counted).
   */
  private static final class KeepOpen extends FilterOutputStream {
    KeepOpen(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}

package org.sigilo.certificates.control;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate of records destruction states, field for field the "certificate of
 * sanitization" of NIST SP 800-88 Rev. 1 Appendix G as it applies to records: who carried out the
 * destruction and who approved and submitted it, which disposition list and job did it, when, by
 * which method and tool, how it was verified and with what result, and every record concerned:
 * destroyed ({@link #entries()}), skipped because a legal hold held it, or failed.
 *
 * <p>It is a value: the rendered PDF and its embedded manifest are functions of it alone (plus the
 * time of rendering), so the same content always yields the same statements.
 *
 * @param number the certificate's sequential number, unique within the organization
 * @param organization the organization on whose behalf the records were destroyed
 * @param executedBy who ran the destruction: a user, or {@code "system (scheduled)"}
 * @param approvedBy who approved the disposition list
 * @param submittedBy who submitted the disposition list for approval
 * @param dispositionListId the approved disposition list that was carried out
 * @param jobExecutionId the batch job execution that carried it out
 * @param started when the destruction started
 * @param finished when it finished
 * @param method the sanitization method and its NIST category, e.g. {@code "Cryptographic erase of
 *     each record's data key (NIST SP 800-88 Purge); archive files overwritten in place (Clear)"}
 * @param tool the tool and its version, e.g. {@code "Sigilo 0.1.0 records-destruction"}
 * @param verificationMethod how the destruction was verified
 * @param verificationResult what that verification found
 * @param skippedHeld records on the list that were not destroyed because a legal hold held them
 * @param failed records on the list whose destruction failed, with the reason
 * @param epochKeysDestroyed the monthly epoch keys destroyed with this run, by month ({@code
 *     "2031-05"})
 * @param entries every destroyed record
 */
public record CertificateContent(
    long number,
    String organization,
    String executedBy,
    String approvedBy,
    String submittedBy,
    long dispositionListId,
    long jobExecutionId,
    Instant started,
    Instant finished,
    String method,
    String tool,
    String verificationMethod,
    String verificationResult,
    List<HeldRecord> skippedHeld,
    List<FailedRecord> failed,
    List<String> epochKeysDestroyed,
    List<CertificateEntry> entries) {

  public CertificateContent {
    if (number <= 0) {
      throw new IllegalArgumentException("A certificate number is positive, not " + number);
    }
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(executedBy, "executedBy");
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(finished, "finished");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(verificationMethod, "verificationMethod");
    Objects.requireNonNull(verificationResult, "verificationResult");
    if (finished.isBefore(started)) {
      throw new IllegalArgumentException("A destruction cannot finish before it started");
    }
    skippedHeld = List.copyOf(skippedHeld);
    failed = List.copyOf(failed);
    epochKeysDestroyed = List.copyOf(epochKeysDestroyed);
    entries = List.copyOf(entries);
  }

  /** The title of the certificate, as the PDF, its metadata and its signature reason state it. */
  public String title() {
    return "Certificate of records destruction no. " + number;
  }

  /** Adds up the entries: the counts the certificate states beside the table. */
  public Totals totals() {
    long keys = 0;
    long files = 0;
    long bytes = 0;
    for (CertificateEntry entry : entries) {
      if (entry.keyDestroyed()) {
        keys++;
      }
      files += entry.filesOverwritten();
      bytes += entry.bytesOverwritten();
    }
    return new Totals(entries.size(), keys, files, bytes);
  }

  /**
   * A record on the list that a legal hold kept from destruction.
   *
   * @param recordId the record that was kept
   * @param holdIds the holds that held it, as text (e.g. {@code "7, 12"})
   */
  public record HeldRecord(long recordId, String holdIds) {
    public HeldRecord {
      Objects.requireNonNull(holdIds, "holdIds");
    }
  }

  /**
   * A record on the list whose destruction failed; it is still there and stays due.
   *
   * @param recordId the record
   * @param reason why it failed, in words an operator can act on
   */
  public record FailedRecord(long recordId, String reason) {
    public FailedRecord {
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * The counts a certificate states.
   *
   * @param recordsDestroyed how many records were destroyed
   * @param keysDestroyed how many of them had their data key destroyed
   * @param filesOverwritten how many archive files were overwritten
   * @param bytesOverwritten how many bytes those files held
   */
  public record Totals(
      long recordsDestroyed, long keysDestroyed, long filesOverwritten, long bytesOverwritten) {}
}

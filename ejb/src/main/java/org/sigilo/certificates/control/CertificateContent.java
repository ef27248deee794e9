package org.sigilo.certificates.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.sigilo.platform.i18n.Messages;

/**
 * What a certificate of records destruction states, field for field the "certificate of
 * sanitization" of NIST SP 800-88 Rev. 1 Appendix G as it applies to records: who carried out the
 * destruction and who approved and submitted it, which disposition list and job did it, when, by
 * which method and tool, how it was verified and with what result, and every record concerned:
 * destroyed ({@link #entries()}), skipped because a legal hold held it, or failed.
 *
 * <p>It is a value: the rendered PDF and its embedded manifest are functions of it alone (plus the
 * time of rendering), so the same content always yields the same statements. The pages are printed
 * in the organization's {@link #language()}; the manifest is language-neutral (see {@link
 * CertificateText}).
 *
 * @param number the certificate's sequential number, unique within the organization
 * @param organization the organization on whose behalf the records were destroyed
 * @param language the language the certificate is printed in, one of {@link Messages#languages()}
 * @param executedBy who ran the destruction: a user, or {@code "system:scheduler"}
 * @param approvedBy who approved the disposition list, or {@code null} when that was not recorded
 * @param submittedBy who submitted the disposition list for approval, or {@code null} when that was
 *     not recorded
 * @param dispositionListId the approved disposition list that was carried out
 * @param jobExecutionId the batch job execution that carried it out
 * @param started when the destruction started
 * @param finished when it finished
 * @param method the sanitization method and its NIST category, e.g. "Cryptographic erase of each
 *     record's data key (NIST SP 800-88 Purge); archive files overwritten in place (Clear)"
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
    Locale language,
    String executedBy,
    String approvedBy,
    String submittedBy,
    long dispositionListId,
    long jobExecutionId,
    Instant started,
    Instant finished,
    CertificateText method,
    String tool,
    CertificateText verificationMethod,
    CertificateText verificationResult,
    List<HeldRecord> skippedHeld,
    List<FailedRecord> failed,
    List<String> epochKeysDestroyed,
    List<CertificateEntry> entries) {

  public CertificateContent {
    if (number <= 0) {
      throw new IllegalArgumentException("A certificate number is positive, not " + number);
    }
    Objects.requireNonNull(organization, "organization");
    language = supported(Objects.requireNonNull(language, "language"));
    Objects.requireNonNull(executedBy, "executedBy");
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

  /** What the manifest states for an approver or submitter that was not recorded. */
  public static final String NOT_RECORDED = "(not recorded)";

  /**
   * The supported language for {@code wanted} (a regional variant such as es-MX is its language): a
   * certificate is printed only in a language Sigilo has every text for.
   *
   * @throws IllegalArgumentException naming the supported languages, for any other
   */
  public static Locale supported(Locale wanted) {
    return Messages.language(wanted.toLanguageTag())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Certificates are printed in "
                        + supportedLanguages()
                        + ", not in '"
                        + wanted.toLanguageTag()
                        + "'"));
  }

  /** The languages certificates are printed in, e.g. {@code "en (English), es (Spanish)"}. */
  public static String supportedLanguages() {
    return Messages.languages().stream()
        .map(l -> l.getLanguage() + " (" + l.getDisplayLanguage(Locale.ENGLISH) + ")")
        .collect(Collectors.joining(", "));
  }

  /**
   * The title of the certificate in its language, as the PDF, its metadata and its signature reason
   * state it.
   */
  public String title() {
    return Messages.text(language, "certificate.title", Long.toString(number));
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
   * @param holdIds the holds that hold it, as text (e.g. {@code "7, 12"}); empty when every hold
   *     that kept it has been released since
   */
  public record HeldRecord(long recordId, String holdIds) {

    /** What the manifest states for a record whose holds have all been released since. */
    public static final String RELEASED_SINCE = "released since";

    public HeldRecord {
      Objects.requireNonNull(holdIds, "holdIds");
    }
  }

  /**
   * A record on the list whose destruction failed; it is still there and stays due.
   *
   * @param recordId the record
   * @param reason why it failed, in words an operator can act on, as the destruction recorded them;
   *     {@code null} when it recorded none
   */
  public record FailedRecord(long recordId, String reason) {

    /** What the manifest states for a failure without a recorded reason. */
    public static final String NO_REASON = "(no reason recorded)";
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

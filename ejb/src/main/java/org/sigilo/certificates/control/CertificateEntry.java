package org.sigilo.certificates.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One destroyed record as its certificate states it: which record, under which retention schedule
 * it fell due, that no legal hold held it at the moment of destruction, and what was done to its
 * data (the data key destroyed, the archive files overwritten). One line of the certificate's table
 * and one object of its embedded manifest.
 *
 * @param recordId the destroyed record
 * @param recordClass the record's class (the retention category it was filed under)
 * @param scheduleId the retention schedule that made it due
 * @param scheduleVersion the version of that schedule in force when it fell due
 * @param dueOn the day its retention ended
 * @param holdCheck the result of the legal-hold check made just before destruction, as the
 *     destruction recorded it: {@link #noHoldAt(Instant)}
 * @param keyDestroyed whether the record's data key was destroyed (cryptographic erase)
 * @param filesOverwritten how many archive files were overwritten in place
 * @param bytesOverwritten how many bytes those files held
 * @param overwritePasses how many overwrite passes each file received
 * @param customerReference the customer's own reference, or {@code null}: it is stated only where
 *     the retention policy allows it to outlive the record
 * @param destroyedAt when the record was destroyed
 */
public record CertificateEntry(
    long recordId,
    String recordClass,
    long scheduleId,
    int scheduleVersion,
    LocalDate dueOn,
    String holdCheck,
    boolean keyDestroyed,
    int filesOverwritten,
    long bytesOverwritten,
    int overwritePasses,
    String customerReference,
    Instant destroyedAt) {

  private static final String NO_HOLD_AT = "No legal hold in force at ";

  /**
   * The hold check of a record that no hold held at {@code checked}, as the destruction records it
   * on the tombstone and the manifest states it (English: it is language-neutral); the pages print
   * it in the certificate's language.
   */
  public static String noHoldAt(Instant checked) {
    return NO_HOLD_AT + checked;
  }

  /** When no hold was found, if {@link #holdCheck()} says that in {@link #noHoldAt}'s words. */
  public Optional<Instant> noHoldCheckedAt() {
    if (!holdCheck.startsWith(NO_HOLD_AT)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Instant.parse(holdCheck.substring(NO_HOLD_AT.length())));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public CertificateEntry {
    Objects.requireNonNull(recordClass, "recordClass");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(holdCheck, "holdCheck");
    Objects.requireNonNull(destroyedAt, "destroyedAt");
    if (filesOverwritten < 0 || bytesOverwritten < 0 || overwritePasses < 0) {
      throw new IllegalArgumentException(
          "Record " + recordId + ": overwrite counts cannot be negative");
    }
  }
}

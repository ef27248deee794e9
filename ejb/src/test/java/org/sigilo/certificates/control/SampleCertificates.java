package org.sigilo.certificates.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Certificate contents for tests and the benchmark, shaped like a real destruction run. */
final class SampleCertificates {

  static final Instant STARTED = Instant.parse("2026-11-29T10:00:00Z");

  /** The hold check of every entry, as the destruction writes it (one check per chunk). */
  static final String HOLD_CHECK = CertificateEntry.noHoldAt(STARTED.plusMillis(250));

  private static final List<String> CLASSES =
      List.of("Call recording", "Customer correspondence", "Complaint file (regulated)");

  private SampleCertificates() {}

  static CertificateContent content(int entries) {
    return content(entries, "Sigilo Test Organization");
  }

  static CertificateContent content(int entries, String organization) {
    return content(entries, organization, Locale.ENGLISH);
  }

  static CertificateContent content(int entries, Locale language) {
    return content(entries, "Sigilo Test Organization", language);
  }

  static CertificateContent content(int entries, String organization, Locale language) {
    List<CertificateEntry> destroyed = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      destroyed.add(entry(i));
    }
    return new CertificateContent(
        42,
        organization,
        language,
        "system:scheduler",
        "María José Ibáñez",
        "Jörg Müller",
        7,
        1234,
        STARTED,
        STARTED.plusSeconds(95),
        CertificateText.of("certificate.method"),
        "Sigilo 0.1.0 records-destruction",
        CertificateText.of("certificate.verification-method"),
        CertificateText.of("certificate.verification-result", entries, 2, 3),
        List.of(
            new CertificateContent.HeldRecord(9_000_001, "7"),
            new CertificateContent.HeldRecord(9_000_002, "7, 12"),
            new CertificateContent.HeldRecord(9_000_004, "")),
        List.of(
            new CertificateContent.FailedRecord(
                9_000_003,
                "The archive file /var/lib/sigilo/archives/2026/11/9000003-a.wav could not be"
                    + " overwritten: permission denied. The record and its key were left intact"
                    + " and stay due; fix the permission and run the list again."),
            new CertificateContent.FailedRecord(9_000_005, null)),
        List.of("2031-05", "2031-06"),
        destroyed);
  }

  static CertificateEntry entry(int i) {
    return new CertificateEntry(
        1_000_000L + i,
        CLASSES.get(i % CLASSES.size()),
        1 + i % 3,
        2,
        LocalDate.of(2026, 10, 1).plusDays(i % 30),
        HOLD_CHECK,
        true,
        i % 3,
        (i % 3) * 1_048_576L + i,
        i % 3 == 0 ? 0 : 1,
        i % 7 == 0 ? "CUST-" + (50_000 + i) : null,
        STARTED.plusMillis(i * 3L));
  }
}

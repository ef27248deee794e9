package org.sigilo.certificates.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Certificate contents for tests and the benchmark, shaped like a real destruction run. */
final class SampleCertificates {

  static final Instant STARTED = Instant.parse("2026-11-29T10:00:00Z");
  private static final List<String> CLASSES =
      List.of("Call recording", "Customer correspondence", "Complaint file (regulated)");

  private SampleCertificates() {}

  static CertificateContent content(int entries) {
    return content(entries, "Sigilo Test Organization");
  }

  static CertificateContent content(int entries, String organization) {
    List<CertificateEntry> destroyed = new ArrayList<>(entries);
    for (int i = 0; i < entries; i++) {
      destroyed.add(entry(i));
    }
    return new CertificateContent(
        42,
        organization,
        "system (scheduled)",
        "María José Ibáñez",
        "Jörg Müller",
        7,
        1234,
        STARTED,
        STARTED.plusSeconds(95),
        "Cryptographic erase of each record's data key (NIST SP 800-88 Purge);"
            + " archive files overwritten in place (Clear)",
        "Sigilo 0.1.0 records-destruction",
        "Full: every record re-read after destruction; its data key must be absent and each"
            + " overwritten file must read back as the overwrite pattern",
        entries + " record(s) destroyed and verified; 1 failed; 2 held by a legal hold.",
        List.of(
            new CertificateContent.HeldRecord(9_000_001, "7"),
            new CertificateContent.HeldRecord(9_000_002, "7, 12")),
        List.of(
            new CertificateContent.FailedRecord(
                9_000_003,
                "The archive file /var/lib/sigilo/archives/2026/11/9000003-a.wav could not be"
                    + " overwritten: permission denied. The record and its key were left intact"
                    + " and stay due; fix the permission and run the list again.")),
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
        "no hold at 2026-11-29T10:00Z",
        true,
        i % 3,
        (i % 3) * 1_048_576L + i,
        i % 3 == 0 ? 0 : 1,
        i % 7 == 0 ? "CUST-" + (50_000 + i) : null,
        STARTED.plusMillis(i * 3L));
  }
}

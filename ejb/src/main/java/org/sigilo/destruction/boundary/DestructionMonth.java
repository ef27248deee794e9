package org.sigilo.destruction.boundary;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sigilo.certificates.boundary.CertificateView;

/**
 * The destructions of one calendar month (UTC, as certificates are searched by UTC day): the
 * certificates issued then, one per destruction run, and the records they certify destroyed.
 */
public record DestructionMonth(YearMonth month, List<CertificateView> certificates) {

  public DestructionMonth {
    Objects.requireNonNull(month);
    certificates = List.copyOf(certificates);
  }

  /** Records destroyed in the month's runs. */
  public long destroyed() {
    return certificates.stream().mapToLong(CertificateView::destroyed).sum();
  }

  /** Destruction runs that finished in the month: one certificate each. */
  public int runs() {
    return certificates.size();
  }

  /**
   * The {@code length} months up to and including {@code last}, oldest first, each with the
   * certificates issued in it (in the order given); months without any read empty, certificates
   * outside the months are left out.
   */
  public static List<DestructionMonth> of(
      YearMonth last, int length, List<CertificateView> certificates) {
    if (length < 1) {
      throw new IllegalArgumentException("At least one month, not " + length);
    }
    YearMonth first = last.minusMonths(length - 1L);
    List<List<CertificateView>> byMonth = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      byMonth.add(new ArrayList<>());
    }
    for (CertificateView certificate : certificates) {
      YearMonth issued = YearMonth.from(certificate.issuedAt().atZone(ZoneOffset.UTC));
      if (!issued.isBefore(first) && !issued.isAfter(last)) {
        byMonth
            .get((int) first.until(issued, java.time.temporal.ChronoUnit.MONTHS))
            .add(certificate);
      }
    }
    List<DestructionMonth> months = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      months.add(new DestructionMonth(first.plusMonths(i), byMonth.get(i)));
    }
    return List.copyOf(months);
  }
}

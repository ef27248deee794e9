package org.sigilo.destruction.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigilo.certificates.boundary.CertificateView;

/** Legal's history: certificates bucketed into the 24 months up to the current one. */
class DestructionMonthTest {

  private static CertificateView issued(long number, String at, long destroyed) {
    return new CertificateView(
        number, number, number, Instant.parse(at), "00", 1, "CN=x", false, destroyed, 0, 0);
  }

  @Test
  void twentyFourMonthsUpToTheCurrentOneWithTheirCertificates() {
    YearMonth march = YearMonth.of(2027, 3);
    List<DestructionMonth> months =
        DestructionMonth.of(
            march,
            24,
            List.of(
                issued(1, "2025-03-31T23:59:59Z", 50),
                issued(2, "2025-04-01T00:00:00Z", 10),
                issued(3, "2026-12-15T10:00:00Z", 4),
                issued(4, "2026-12-31T23:00:00Z", 6),
                issued(5, "2027-03-02T08:00:00Z", 1),
                issued(6, "2027-04-01T00:00:00Z", 99)));

    assertEquals(24, months.size());
    assertEquals(YearMonth.of(2025, 4), months.get(0).month());
    assertEquals(march, months.get(23).month());
    assertEquals(
        List.of(2L), months.get(0).certificates().stream().map(CertificateView::number).toList());
    assertEquals(10, months.get(0).destroyed());
    DestructionMonth december = months.get(20);
    assertEquals(YearMonth.of(2026, 12), december.month());
    assertEquals(2, december.runs());
    assertEquals(10, december.destroyed());
    assertEquals(1, months.get(23).destroyed());
    assertEquals(0, months.get(1).destroyed(), "a month without destructions reads zero");
    assertEquals(0, months.get(1).runs());
    assertEquals(
        21,
        months.stream().mapToLong(DestructionMonth::destroyed).sum(),
        "certificates before or after the months are left out");
  }
}

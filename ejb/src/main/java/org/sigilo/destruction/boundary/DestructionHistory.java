package org.sigilo.destruction.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.sigilo.certificates.boundary.CertificateView;
import org.sigilo.users.entity.Role;

/**
 * What was destroyed month by month, for legal's home page: each month's destruction runs through
 * their certificates (issued once a run ends) and the records they certify destroyed. Read-only and
 * without the PDFs, so not audited; downloading a certificate is.
 */
@Stateless
@RolesAllowed({Role.LEGAL_CODE, Role.AUDITOR_CODE})
public class DestructionHistory {

  /** Two years back, as the records manager's outlook looks two years ahead. */
  public static final int MONTHS = 24;

  @Inject EntityManager entityManager;

  /** The {@link #MONTHS} months up to and including the current (UTC) one, oldest first. */
  public List<DestructionMonth> pastMonths() {
    return monthsUpTo(YearMonth.now(ZoneOffset.UTC), MONTHS);
  }

  List<DestructionMonth> monthsUpTo(YearMonth last, int months) {
    YearMonth first = last.minusMonths(months - 1L);
    List<CertificateView> issued =
        entityManager
            .createQuery(
                CertificateView.SELECT
                    + " FROM DestructionCertificate c, DestructionRun r"
                    + " WHERE r.id = c.runId AND c.issuedAt >= :from AND c.issuedAt < :until"
                    + " ORDER BY c.number",
                CertificateView.class)
            .setParameter("from", first.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            .setParameter(
                "until", last.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant())
            .getResultList();
    return DestructionMonth.of(last, months, issued);
  }
}

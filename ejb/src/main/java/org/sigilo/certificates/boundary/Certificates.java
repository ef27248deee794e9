package org.sigilo.certificates.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.certificates.control.CertificateVerification;
import org.sigilo.certificates.control.Certification;
import org.sigilo.certificates.control.SignatureCheck;
import org.sigilo.certificates.control.SigningKeys;
import org.sigilo.certificates.entity.DestructionCertificate;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.Messages;
import org.sigilo.users.entity.Role;

/**
 * Destruction certificates for legal and auditors: found by issue date, by a destroyed record's id
 * or by a customer reference (where tombstones keep it); downloaded as the signed PDF; and any PDF
 * someone hands in verified against its signature and against what Sigilo issued.
 */
@Stateless
@RolesAllowed({Role.LEGAL_CODE, Role.AUDITOR_CODE})
public class Certificates {

  static final int MAX_RESULTS = 200;

  /**
   * Larger than any certificate Sigilo issues (100,000 records make about 4 MB), small enough that
   * parsing an untrusted upload stays within reason.
   */
  public static final int MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

  @Inject EntityManager entityManager;
  @EJB SigningKeys signingKeys;
  @EJB AuditEvents auditEvents;
  @Resource SessionContext session;

  /**
   * Certificates newest first, narrowed by any of: issued on or after {@code from}, on or before
   * {@code to} (UTC days), covering a record id, or covering a customer reference.
   */
  public List<CertificateView> search(
      LocalDate from, LocalDate to, Long recordId, String customerReference) {
    if (from != null && to != null && to.isBefore(from)) {
      throw CertificateRefusal.invalid(Message.of("problem.certificates.date-range", to, from));
    }
    StringBuilder jpql =
        new StringBuilder(
            CertificateView.SELECT
                + " FROM DestructionCertificate c, DestructionRun r"
                + " WHERE r.id = c.runId");
    if (from != null) {
      jpql.append(" AND c.issuedAt >= :from");
    }
    if (to != null) {
      jpql.append(" AND c.issuedAt < :to");
    }
    if (recordId != null) {
      jpql.append(
          " AND EXISTS (SELECT t FROM Tombstone t WHERE t.runId = c.runId"
              + " AND t.recordId = :recordId)");
    }
    String customer = customerReference == null ? "" : customerReference.trim();
    if (!customer.isEmpty()) {
      jpql.append(
          " AND EXISTS (SELECT t FROM Tombstone t WHERE t.runId = c.runId"
              + " AND t.customerReference = :customer)");
    }
    jpql.append(" ORDER BY c.number DESC");
    var query = entityManager.createQuery(jpql.toString(), CertificateView.class);
    if (from != null) {
      query.setParameter("from", from.atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (to != null) {
      query.setParameter("to", to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }
    if (recordId != null) {
      query.setParameter("recordId", recordId);
    }
    if (!customer.isEmpty()) {
      query.setParameter("customer", customer);
    }
    return query.setMaxResults(MAX_RESULTS).getResultList();
  }

  public CertificateView find(long number) {
    return entityManager
        .createQuery(
            CertificateView.SELECT
                + " FROM DestructionCertificate c, DestructionRun r"
                + " WHERE r.id = c.runId AND c.number = :number",
            CertificateView.class)
        .setParameter("number", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(
            () ->
                CertificateRefusal.notFound(Message.of("refusal.certificates.not-found", number)));
  }

  /** The signed PDF, exactly as issued; the download is audited. */
  public byte[] pdf(long number) {
    DestructionCertificate certificate = certificate(number);
    auditEvents.record(
        session.getCallerPrincipal().getName(),
        "certificate-downloaded",
        "certificate:" + number,
        Outcome.SUCCESS,
        "SHA-256 " + certificate.sha256());
    return certificate.pdf();
  }

  /**
   * Checks a PDF someone hands in: its signature (valid, by the organization's key, over the whole
   * file) and whether its SHA-256 is that of a certificate Sigilo issued. Any bytes are answered,
   * never refused: garbage simply is not authentic. The check is audited with its result. The
   * problems found are in English.
   */
  public VerificationResult verify(byte[] pdf) {
    return verify(pdf, Messages.BASE);
  }

  /**
   * As {@link #verify(byte[])}, the problems found in a language (the page's); audited in English.
   */
  public VerificationResult verify(byte[] pdf, Locale language) {
    if (pdf == null || pdf.length == 0) {
      throw CertificateRefusal.invalid(Message.of("problem.certificates.no-file"));
    }
    if (pdf.length > MAX_UPLOAD_BYTES) {
      throw CertificateRefusal.invalid(
          Message.of("problem.certificates.too-large", MAX_UPLOAD_BYTES / (1024 * 1024)));
    }
    // An issued certificate is checked against the key that signed it (the organization's key
    // may have been renewed since); anything else against today's.
    Object[] issued =
        entityManager
            .createQuery(
                "SELECT c.number, c.signerCertificate FROM DestructionCertificate c"
                    + " WHERE c.sha256 = :sha256",
                Object[].class)
            .setParameter("sha256", Certification.sha256(pdf))
            .getResultStream()
            .findFirst()
            .orElse(null);
    Long number = issued == null ? null : (Long) issued[0];
    X509Certificate signer =
        issued == null ? signingKeys.identity().certificate() : certificate((byte[]) issued[1]);
    SignatureCheck check = CertificateVerification.verify(pdf, signer);
    List<Message> problems = new ArrayList<>(check.findings());
    if (number == null) {
      problems.add(Message.of("verification.not-issued"));
    }
    boolean authentic = check.valid() && number != null;
    auditEvents.record(
        session.getCallerPrincipal().getName(),
        "certificate-verified",
        number == null ? "certificate:unknown" : "certificate:" + number,
        authentic ? Outcome.SUCCESS : Outcome.FAILURE,
        "SHA-256 "
            + check.sha256()
            + (authentic ? ": authentic" : ": " + Message.in(Messages.BASE, problems)));
    return new VerificationResult(
        authentic,
        check.valid(),
        number,
        check.sha256(),
        check.signer(),
        check.timestamp().orElse(null),
        Message.in(language, problems));
  }

  private static X509Certificate certificate(byte[] der) {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new java.io.ByteArrayInputStream(der));
    } catch (CertificateException e) {
      throw new IllegalStateException("A stored signer certificate cannot be read", e);
    }
  }

  private DestructionCertificate certificate(long number) {
    DestructionCertificate certificate = entityManager.find(DestructionCertificate.class, number);
    if (certificate == null) {
      throw CertificateRefusal.notFound(Message.of("refusal.certificates.not-found", number));
    }
    return certificate;
  }
}

package org.sigilo.certificates.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.certificates.control.CertificateContent.FailedRecord;
import org.sigilo.certificates.control.CertificateContent.HeldRecord;
import org.sigilo.certificates.entity.DestructionCertificate;
import org.sigilo.destruction.control.DestructionRuns;
import org.sigilo.destruction.entity.DestructionRun;
import org.sigilo.destruction.entity.ItemState;
import org.sigilo.destruction.entity.Tombstone;
import org.sigilo.retention.control.DueRecordsSql;
import org.sigilo.retention.entity.DispositionList;

/**
 * Issues the one signed certificate of a destruction run, from its tombstones (every destroyed
 * record), its held and failed records, and its list's approval. Numbers run without gaps: the next
 * is the highest plus one, only one destruction runs at a time (the job boundary refuses a second),
 * and the number's primary key fails a second issue loudly rather than reuse one. Issuing is
 * idempotent: a restarted job finds the run's certificate.
 */
@Stateless
@PermitAll // called by the batch artifact; the job boundary checks roles
public class Certification {

  /** The sanitization method, in the bundle so that each language's certificate states it. */
  static final CertificateText METHOD = CertificateText.of("certificate.method");

  /** How the destruction is verified. */
  static final CertificateText VERIFICATION = CertificateText.of("certificate.verification-method");

  /** The tool and its version, as the certificate names it. */
  static final String TOOL =
      "Sigilo "
          + java.util.Objects.requireNonNullElse(
              Certification.class.getPackage().getImplementationVersion(), "0.1.0")
          + " records-destruction job (JSR-352)";

  /** What a run's certificate says in numbers. */
  public record Issued(long number, long destroyed, long failed, long held, String sha256) {}

  @Inject EntityManager entityManager;
  @EJB SigningKeys signingKeys;
  @EJB AuditEvents auditEvents;

  public Issued issue(long runId, long jobExecutionId) {
    DestructionRun run =
        entityManager.find(DestructionRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
    var existing =
        entityManager
            .createQuery(
                "SELECT c FROM DestructionCertificate c WHERE c.runId = :runId",
                DestructionCertificate.class)
            .setParameter("runId", runId)
            .getResultList();
    if (!existing.isEmpty()) {
      DestructionCertificate issued = existing.get(0);
      return new Issued(
          issued.number(),
          issued.destroyedCount(),
          issued.failedCount(),
          issued.heldCount(),
          issued.sha256());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> pending =
        entityManager
            .createNativeQuery(
                "SELECT partition_no, COUNT(*) FROM destruction_item WHERE run_id = ?"
                    + " AND state = ? GROUP BY partition_no ORDER BY partition_no")
            .setParameter(1, runId)
            .setParameter(2, ItemState.PENDING.name())
            .getResultList();
    if (!pending.isEmpty()) {
      // a partition that did not finish: no certificate may leave out a record of the run
      List<String> partitions = new ArrayList<>();
      for (Object[] row : pending) {
        partitions.add("partition " + row[0] + ": " + row[1] + " record(s) pending");
      }
      throw new IllegalStateException(
          "Run "
              + runId
              + " is not finished ("
              + String.join("; ", partitions)
              + "): no certificate is issued until each record is destroyed, failed or held."
              + " Restart the job.");
    }
    DispositionList list = entityManager.find(DispositionList.class, run.listId());
    long number =
        entityManager
                .createQuery(
                    "SELECT COALESCE(MAX(c.number), 0) FROM DestructionCertificate c", Long.class)
                .getSingleResult()
            + 1;
    List<CertificateEntry> entries = new ArrayList<>();
    entityManager
        .createNamedQuery(Tombstone.OF_RUN, Tombstone.class)
        .setParameter("runId", runId)
        .getResultStream()
        .forEach(
            tombstone ->
                entries.add(
                    new CertificateEntry(
                        tombstone.recordId(),
                        tombstone.recordClass(),
                        tombstone.scheduleId(),
                        tombstone.scheduleVersion(),
                        tombstone.dueOn(),
                        tombstone.holdCheck(),
                        true,
                        tombstone.files(),
                        tombstone.fileBytes(),
                        tombstone.overwritePasses(),
                        tombstone.customerReference(),
                        tombstone.destroyedAt())));
    List<HeldRecord> held = heldRecords(runId);
    List<FailedRecord> failed = failedRecords(runId);
    List<String> epochs =
        run.epochKeysDestroyed() == null || run.epochKeysDestroyed().isBlank()
            ? List.of()
            : List.of(run.epochKeysDestroyed().split(","));
    Instant finished = Instant.now();
    CertificateContent content =
        new CertificateContent(
            number,
            signingKeys.organization(),
            signingKeys.organizationLanguage(),
            run.startedBy(),
            list.approvedBy(),
            list.submittedBy(),
            list.id(),
            jobExecutionId,
            run.startedAt(),
            finished,
            METHOD,
            TOOL,
            VERIFICATION,
            CertificateText.of(
                "certificate.verification-result", entries.size(), failed.size(), held.size()),
            held,
            failed,
            epochs,
            entries);
    byte[] pdf = signingKeys.signer().sign(CertificateDocument.render(content), content.title());
    String sha256 = sha256(pdf);
    entityManager.persist(
        new DestructionCertificate(
            number,
            runId,
            finished,
            sha256,
            signingKeys.identity().certificate().getSubjectX500Principal().getName(),
            encoded(signingKeys.identity().certificate()),
            signingKeys.timestamps(),
            entries.size(),
            failed.size(),
            held.size(),
            pdf));
    run.finished(failed.isEmpty(), finished);
    list.destructionFinished(failed.isEmpty());
    auditEvents.record(
        DestructionRuns.ACTOR,
        "certificate-issued",
        "certificate:" + number,
        failed.isEmpty() ? Outcome.SUCCESS : Outcome.FAILURE,
        "run "
            + runId
            + ", list "
            + list.id()
            + ": "
            + entries.size()
            + " destroyed, "
            + failed.size()
            + " failed, "
            + held.size()
            + " held; SHA-256 "
            + sha256);
    return new Issued(number, entries.size(), failed.size(), held.size(), sha256);
  }

  /** The run's held records with the holds in force on them (none left: released since). */
  private List<HeldRecord> heldRecords(long runId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT i.record_id, h.id FROM destruction_item i"
                    + " LEFT JOIN call_record c ON c.id = i.record_id"
                    + " LEFT JOIN legal_hold h ON "
                    + DueRecordsSql.holdCoversCall("c")
                    + " WHERE i.run_id = ? AND i.state = ? ORDER BY i.record_id, h.id")
            .setParameter(1, runId)
            .setParameter(2, ItemState.HELD.name())
            .getResultList();
    Map<Long, List<String>> holds = new LinkedHashMap<>();
    for (Object[] row : rows) {
      List<String> of =
          holds.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>());
      if (row[1] != null) {
        of.add(row[1].toString());
      }
    }
    return holds.entrySet().stream()
        .map(entry -> new HeldRecord(entry.getKey(), String.join(", ", entry.getValue())))
        .toList();
  }

  private List<FailedRecord> failedRecords(long runId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT record_id, failure_reason FROM destruction_item"
                    + " WHERE run_id = ? AND state = ? ORDER BY record_id")
            .setParameter(1, runId)
            .setParameter(2, ItemState.FAILED.name())
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new FailedRecord(
                    ((Number) row[0]).longValue(), row[1] == null ? null : row[1].toString()))
        .toList();
  }

  private static byte[] encoded(java.security.cert.X509Certificate certificate) {
    try {
      return certificate.getEncoded();
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException("The signing certificate cannot be encoded", e);
    }
  }

  /** The SHA-256 of some bytes, in lower-case hex, as certificates are published. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java", e);
    }
  }
}

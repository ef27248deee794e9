package org.sigilo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sigilo.archives.control.ArchiveStore;
import org.sigilo.certificates.boundary.CertificateView;
import org.sigilo.certificates.boundary.VerificationResult;
import org.sigilo.destruction.boundary.DestructionSummary;
import org.sigilo.it.SigiloDeployment;
import org.sigilo.jobs.boundary.JobRun;

/**
 * The records-destruction job in the real server, on the suite's database and archive directory: an
 * approved list is destroyed (keys, files, rows) leaving tombstones and one signed certificate; a
 * hold placed after approval saves its record; a destroyed record cannot be read back from copies
 * of its rows taken before; a file that cannot be overwritten fails its record loudly.
 *
 * <p>Each test uses calls of its own year before 2000 (other suites use 2001 and later), so that
 * its records' monthly key-encryption keys hold no one else's records.
 */
@ExtendWith(ArquillianExtension.class)
class RecordsDestructionIT {

  @Deployment
  static EnterpriseArchive sigiloWithTests() {
    return SigiloDeployment.earWithTests(RecordsDestructionIT.class.getPackage());
  }

  @EJB AsRecordsManager manager;
  @EJB AsAgent agent;
  @EJB AsLegal legal;
  @EJB AsAuditor auditor;
  @EJB KeyVaultProbe vault;
  @Inject ArchiveStore archive;

  @Resource(lookup = "java:jboss/datasources/SigiloDS")
  DataSource dataSource;

  /** Sweeps up to the cut-off, submits and approves the list; answers its id. */
  private long approvedList(String cutOff, List<Long> exclude) throws Exception {
    long execution = manager.startSweep("2", "2", "10", cutOff);
    JobRun sweep = waitForEnd(execution);
    assertEquals("COMPLETED", sweep.batchStatus(), sweep.toString());
    long listId = sweep.dispositionListId();
    for (long record : exclude) {
      manager.exclude(listId, record);
    }
    manager.submit(listId);
    legal.approve(listId);
    return listId;
  }

  private JobRun waitForEnd(long execution) throws InterruptedException {
    return JobExecutions.waitForEnd(legal::execution, execution);
  }

  private long call(String recordClass, String occurredAt, String customer) {
    return agent.document(Instant.parse(occurredAt), recordClass, customer);
  }

  private String storedName(String attachmentId) throws Exception {
    return single("SELECT stored_name FROM call_attachment WHERE id = ?", attachmentId);
  }

  private String single(String sql, Object parameter) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setObject(1, parameter);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private byte[] bytes(String sql, long recordId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, recordId);
      try (ResultSet rows = select.executeQuery()) {
        return rows.next() ? rows.getBytes(1) : null;
      }
    }
  }

  private long count(String sql, long recordId) throws Exception {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(sql)) {
      select.setLong(1, recordId);
      try (ResultSet rows = select.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Test
  void approvedListIsDestroyedWithTombstonesKeysAndOneSignedCertificate() throws Exception {
    String recordClass = manager.classWithSchedule("P1M", null);
    String customer = "DESTROY-" + UUID.randomUUID().toString().substring(0, 8);
    long destroyed = call(recordClass, "1996-03-10T10:00:00Z", customer);
    long alsoDestroyed = call(recordClass, "1996-03-20T10:00:00Z", customer);
    long heldAfterApproval = call(recordClass, "1996-05-10T10:00:00Z", customer);
    long excluded = call(recordClass, "1996-07-10T10:00:00Z", customer);
    byte[] recording =
        ("Recording of " + customer + ": account 1234 5678").getBytes(StandardCharsets.UTF_8);
    String attachment = agent.attach(destroyed, "call.wav", recording);
    Path file = archive.directory().resolve(storedName(attachment));
    assertTrue(Files.isRegularFile(file), "stored at " + file);

    long listId = approvedList("1996-12-31", List.of(excluded));
    long hold = legal.holdRecords("Matter after approval", List.of(heldAfterApproval));

    // copies of the destroyed record's rows, as a backup or WAL taken now would keep them
    byte[] sealedSummary = bytes("SELECT summary_sealed FROM call_record WHERE id = ?", destroyed);
    byte[] wrappedKey =
        bytes("SELECT wrapped_key FROM record_data_key WHERE record_id = ?", destroyed);
    assertEquals(
        "Retention test call of " + customer,
        vault.openFromCopies(destroyed, "summary", wrappedKey, sealedSummary),
        "the copies open while the keys exist");

    DestructionSummary summary = legal.summary(listId);
    assertEquals(Map.of(recordClass, 2L), summary.toDestroyByClass(), summary.toString());
    assertTrue(summary.heldRecords().contains(heldAfterApproval), summary.toString());
    assertEquals(1, summary.excluded(), summary.toString());

    JobRun run = waitForEnd(legal.startDestruction(listId, "2", "1"));

    assertEquals("COMPLETED", run.batchStatus(), run.toString());
    assertNotNull(run.destruction(), run.toString());
    assertEquals(2, run.destruction().destroyed(), run.toString());
    assertEquals(1, run.destruction().held(), run.toString());
    assertEquals(0, run.destruction().failed(), run.toString());
    assertEquals(0, run.destruction().pending(), run.toString());
    assertEquals("COMPLETED", run.destruction().status());
    assertEquals(
        "Destruction run "
            + run.destruction().runId()
            + " of disposition list "
            + listId
            + ": 2 record(s) destroyed, 1 held, 0 failed; certificate "
            + run.destruction().certificateNumber(),
        run.exitStatus(),
        "the exit status says what the run did");

    for (long gone : List.of(destroyed, alsoDestroyed)) {
      assertEquals(0, count("SELECT COUNT(*) FROM call_record WHERE id = ?", gone));
      assertEquals(0, count("SELECT COUNT(*) FROM record_data_key WHERE record_id = ?", gone));
      assertEquals(0, count("SELECT COUNT(*) FROM call_attachment WHERE call_id = ?", gone));
      assertEquals(1, count("SELECT COUNT(*) FROM tombstone WHERE record_id = ?", gone));
    }
    assertFalse(Files.exists(file), "archive file unlinked");
    try (var left = Files.list(archive.directory())) {
      assertTrue(
          left.noneMatch(p -> p.getFileName().toString().startsWith(".shredded-")),
          "no renamed file left behind");
    }
    assertEquals(
        customer,
        single("SELECT customer_reference FROM tombstone WHERE record_id = ?", destroyed),
        "tombstones keep the customer reference by default policy");
    assertEquals(
        "1",
        single("SELECT files FROM tombstone WHERE record_id = ?", destroyed),
        "one file overwritten");
    assertEquals(
        "Retention test call of " + customer,
        manager.summary(heldAfterApproval),
        "the record held after approval is untouched");
    assertEquals("Retention test call of " + customer, manager.summary(excluded));

    // cryptographic erase: the month's key is gone, so the copies open no more
    assertEquals(
        "0",
        single(
            "SELECT COUNT(*) FROM key_encryption_key WHERE epoch = ? AND destroyed_at IS NULL",
            "1996-04"),
        "the key-encryption key of the destroyed records' month is destroyed");
    assertEquals(
        "1",
        single(
            "SELECT COUNT(*) FROM key_encryption_key WHERE epoch = ? AND destroyed_at IS NULL",
            "1996-06"),
        "the held record's month keeps its key");
    assertNull(
        vault.openFromCopies(destroyed, "summary", wrappedKey, sealedSummary),
        "nothing the running system has opens a destroyed record's copies");

    // the certificate: found by a destroyed record's id and by customer, authentic, audited
    List<CertificateView> certificates = legal.certificatesOf(alsoDestroyed);
    assertEquals(1, certificates.size(), certificates.toString());
    CertificateView certificate = certificates.get(0);
    assertEquals(List.of(certificate), legal.certificatesOfCustomer(customer));
    assertEquals(run.destruction().certificateNumber(), certificate.number());
    assertEquals(2, certificate.destroyed());
    assertEquals(1, certificate.held());
    byte[] pdf = legal.pdf(certificate.number());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)),
        certificate.sha256());
    VerificationResult verified = legal.verify(pdf);
    assertTrue(verified.authentic(), verified.toString());
    assertEquals(certificate.number(), verified.certificateNumber());
    assertTrue(
        auditor.newest(50).stream()
            .anyMatch(
                event ->
                    "certificate-issued".equals(event.action())
                        && event.details().contains(certificate.sha256())),
        "the certificate's SHA-256 is in the audit trail");

    byte[] changed = pdf.clone();
    changed[changed.length / 3] ^= 0x01;
    VerificationResult tampered = legal.verify(changed);
    assertFalse(tampered.authentic(), tampered.toString());
    assertFalse(tampered.problems().isEmpty());

    String pdfsig = Pdfsig.check(pdf);
    assertTrue(pdfsig.contains("Signature is Valid"), pdfsig);
    assertTrue(pdfsig.contains("Total document signed"), pdfsig);
    legal.release(hold);
  }

  @Test
  void aFileThatCannotBeOverwrittenFailsItsRecordAndTheJob() throws Exception {
    String recordClass = manager.classWithSchedule("P1M", null);
    String customer = "FAILS-" + UUID.randomUUID().toString().substring(0, 8);
    long broken = call(recordClass, "1997-03-10T10:00:00Z", customer);
    long fine = call(recordClass, "1997-03-12T10:00:00Z", customer);
    String attachment = agent.attach(broken, "call.wav", new byte[] {1, 2, 3});
    Path file = archive.directory().resolve(storedName(attachment));
    long listId = approvedList("1997-12-31", List.of());
    // a directory where the file was: no one, root included, can overwrite it as a file
    Files.delete(file);
    Files.createDirectory(file);
    try {
      JobRun run = waitForEnd(legal.startDestruction(listId, "1", "10"));

      assertEquals("FAILED", run.batchStatus(), run.toString());
      assertEquals(
          "Destruction run "
              + run.destruction().runId()
              + " of disposition list "
              + listId
              + ": "
              + run.destruction().destroyed()
              + " record(s) destroyed, 0 held, 1 failed; certificate "
              + run.destruction().certificateNumber()
              + ". The failed record(s) were not destroyed and keep their data (each reason is on"
              + " the certificate): destroy the list again once they are fixed.",
          run.exitStatus(),
          "the exit status says what the run did and what to do");
      assertEquals(1, run.destruction().failed(), run.toString());
      assertEquals("COMPLETED_WITH_FAILURES", run.destruction().status());
      assertEquals(1, count("SELECT COUNT(*) FROM call_record WHERE id = ?", broken));
      assertEquals(1, count("SELECT COUNT(*) FROM record_data_key WHERE record_id = ?", broken));
      assertEquals(0, count("SELECT COUNT(*) FROM tombstone WHERE record_id = ?", broken));
      String reason =
          single(
              "SELECT failure_reason FROM destruction_item WHERE record_id = ? AND state = 'FAILED'",
              broken);
      assertNotNull(reason);
      assertTrue(reason.contains(storedName(attachment)), reason);
      assertEquals(0, count("SELECT COUNT(*) FROM call_record WHERE id = ?", fine));
      assertEquals("PARTLY_DESTROYED", legal.summary(listId).listStatus());
      assertEquals(1, legal.certificatesOf(fine).get(0).failed());
      assertTrue(legal.certificatesOf(broken).isEmpty(), "a failed record is on no certificate");
      assertTrue(
          reason.contains("is not a regular file"), "the reason says what is wrong: " + reason);

      // the cause fixed (the file is back), destroying the list again takes the failed record
      Files.delete(file);
      Files.write(file, new byte[] {1, 2, 3});
      JobRun retry = waitForEnd(legal.startDestruction(listId, "1", "10"));
      assertEquals("COMPLETED", retry.batchStatus(), retry.toString());
      assertEquals(1, retry.destruction().destroyed(), retry.toString());
      assertEquals(0, count("SELECT COUNT(*) FROM call_record WHERE id = ?", broken));
      assertFalse(Files.exists(file), "its file is shredded now");
      assertEquals("DESTROYED", legal.summary(listId).listStatus());
      CertificateView second = legal.certificatesOf(broken).get(0);
      assertTrue(
          second.number() > legal.certificatesOf(fine).get(0).number(),
          "each run has its own certificate, numbered in order");
    } finally {
      Files.deleteIfExists(file);
    }
  }
}

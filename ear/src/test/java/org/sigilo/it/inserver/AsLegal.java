package org.sigilo.it.inserver;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.sigilo.certificates.boundary.CertificateView;
import org.sigilo.certificates.boundary.Certificates;
import org.sigilo.certificates.boundary.VerificationResult;
import org.sigilo.destruction.boundary.DestructionHistory;
import org.sigilo.destruction.boundary.DestructionMonth;
import org.sigilo.destruction.boundary.DestructionSummary;
import org.sigilo.destruction.boundary.Destructions;
import org.sigilo.jobs.boundary.JobRun;
import org.sigilo.jobs.boundary.Jobs;
import org.sigilo.retention.boundary.DispositionListView;
import org.sigilo.retention.boundary.Dispositions;
import org.sigilo.retention.boundary.HoldRequest;
import org.sigilo.retention.boundary.HoldView;
import org.sigilo.retention.boundary.Holds;

/** Places and releases holds with the legal role, as legal's requests would. */
@Stateless
@PermitAll
@RunAs("legal")
public class AsLegal {

  @EJB Holds holds;
  @EJB Dispositions dispositions;
  @EJB Destructions destructions;
  @EJB Certificates certificates;
  @EJB Jobs jobs;
  @EJB DestructionHistory history;

  public DispositionListView approve(long listId) {
    return dispositions.approve(listId);
  }

  public DestructionSummary summary(long listId) {
    return destructions.summary(listId);
  }

  public long startDestruction(long listId, String partitions, String chunkSize) {
    return jobs.startDestruction(Long.toString(listId), partitions, chunkSize, null);
  }

  public long restart(long executionId) {
    return jobs.restart(executionId);
  }

  public JobRun execution(long executionId) {
    return jobs.execution(executionId);
  }

  public List<CertificateView> certificatesOf(long recordId) {
    return certificates.search(null, null, recordId, null);
  }

  public List<CertificateView> certificatesOfCustomer(String customerReference) {
    return certificates.search(null, null, null, customerReference);
  }

  public byte[] pdf(long number) {
    return certificates.pdf(number);
  }

  public VerificationResult verify(byte[] pdf) {
    return certificates.verify(pdf);
  }

  public long holdCustomer(String matter, String customerReference) {
    return holds
        .place(
            new HoldRequest(
                matter,
                "Litigation about this customer",
                customerReference,
                null,
                null,
                null,
                null))
        .id();
  }

  public long holdRecords(String matter, List<Long> recordIds) {
    return holds
        .place(
            new HoldRequest(
                matter, "Regulator asked for these calls", null, null, null, null, recordIds))
        .id();
  }

  public HoldView release(long holdId) {
    return holds.release(holdId, "The matter was settled and closed");
  }

  /** The destructions of the past 24 months, as legal's home page reads them. */
  public List<DestructionMonth> destructionHistory() {
    return history.pastMonths();
  }
}

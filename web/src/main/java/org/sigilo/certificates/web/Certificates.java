package org.sigilo.certificates.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.sigilo.certificates.boundary.CertificateView;
import org.sigilo.certificates.boundary.VerificationResult;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Formats;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;

/**
 * Backs {@code certificates/certificates.xhtml} (as {@code #{certificates}}): find certificates (by
 * issue date, destroyed record id or customer reference), download them, and verify a PDF someone
 * hands in. The search is kept for the session ({@link CertificateFilters}); a link naming a
 * certificate or a record starts a new one. The boundary it asks has the same simple name, so it is
 * written out in full.
 */
@Named
@ViewScoped
public class Certificates implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB org.sigilo.certificates.boundary.Certificates certificates;
  @Inject FacesContext faces;
  @Inject CertificateFilters filters;
  @Inject Formats formats;

  /** The certificate the page was opened for (the jobs page links to it), if any. */
  private Long number;

  /** The destroyed record the page was opened for, if any. */
  private String linkedRecordId;

  private transient Part upload;
  private VerificationResult verification;
  private transient List<CertificateView> found;

  /** Opening the page: a link naming a certificate or a record replaces the session's search. */
  public void open() {
    if (number != null || linkedRecordId != null) {
      filters.clear();
    }
    if (linkedRecordId != null) {
      filters.setRecordId(linkedRecordId);
      find();
    }
    getCertificates(); // now, so that a refusal shows with the page
  }

  public List<CertificateView> getCertificates() {
    if (found == null) {
      found = List.of();
      try {
        if (number != null && !filters.applied().narrows()) {
          found = List.of(certificates.find(number));
        } else {
          CertificateFilters.Search search = filters.applied();
          found =
              certificates.search(
                  search.from(), search.to(), search.recordId(), search.customerReference());
        }
      } catch (Refusal refusal) {
        Refusals.show(faces, refusal);
      }
    }
    return found;
  }

  /** The search button: the filters typed, not the certificate the page was opened for. */
  public void find() {
    LocalDate fromDay;
    LocalDate toDay;
    Long record = null;
    try {
      fromDay = date("certificates.search.from.invalid", filters.getFrom());
      toDay = date("certificates.search.to.invalid", filters.getTo());
    } catch (DateTimeParseException e) {
      return; // reported by date(); the typed text stays in its field
    }
    if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
      Refusals.problem(faces, MessageBundle.text("certificates.search.dates-reversed"));
      return;
    }
    String recordText = filters.getRecordId();
    if (recordText != null && !recordText.isBlank()) {
      try {
        record = Long.parseLong(recordText.trim());
      } catch (NumberFormatException e) {
        Refusals.problem(
            faces, MessageBundle.text("certificates.search.record-id.invalid", recordText));
        return;
      }
    }
    String typedCustomer = filters.getCustomerReference();
    String customer =
        typedCustomer == null || typedCustomer.isBlank() ? null : typedCustomer.trim();
    number = null;
    filters.apply(new CertificateFilters.Search(fromDay, toDay, record, customer));
    found = null;
  }

  /** Forgets the search: every certificate again. */
  public void clear() {
    number = null;
    filters.clear();
    found = null;
  }

  /** Whether the list is narrowed (by filters or to one certificate), for its empty message. */
  public boolean isNarrowed() {
    return number != null || filters.applied().narrows();
  }

  /** The download link's title: which certificate, and how large its PDF is. */
  public String downloadTitle(CertificateView certificate) {
    return MessageBundle.text(
        "certificates.download.title",
        String.valueOf(certificate.number()),
        formats.bytes(certificate.sizeBytes()));
  }

  /** Checks the uploaded PDF; the result shows below the form. */
  public void verify() {
    verification = null;
    if (upload == null || upload.getSize() == 0) {
      Refusals.problem(faces, MessageBundle.text("certificates.verify.no-file"));
      return;
    }
    if (upload.getSize() > org.sigilo.certificates.boundary.Certificates.MAX_UPLOAD_BYTES) {
      Refusals.problem(faces, MessageBundle.text("certificates.verify.too-large"));
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      verification = certificates.verify(in.readAllBytes(), MessageBundle.viewLocale());
    } catch (IOException e) {
      Refusals.problem(faces, MessageBundle.text("certificates.verify.unreadable"));
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  private LocalDate date(String problemKey, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      Refusals.problem(faces, MessageBundle.text(problemKey, value));
      throw e;
    }
  }

  public String getFrom() {
    return filters.getFrom();
  }

  public void setFrom(String from) {
    filters.setFrom(from);
  }

  public String getTo() {
    return filters.getTo();
  }

  public void setTo(String to) {
    filters.setTo(to);
  }

  public String getRecordId() {
    return filters.getRecordId();
  }

  public void setRecordId(String recordId) {
    filters.setRecordId(recordId);
  }

  public String getCustomerReference() {
    return filters.getCustomerReference();
  }

  public void setCustomerReference(String customerReference) {
    filters.setCustomerReference(customerReference);
  }

  public Long getNumber() {
    return number;
  }

  public void setNumber(Long number) {
    this.number = number;
  }

  public String getLinkedRecordId() {
    return linkedRecordId;
  }

  public void setLinkedRecordId(String linkedRecordId) {
    this.linkedRecordId = linkedRecordId;
  }

  public Part getUpload() {
    return upload;
  }

  public void setUpload(Part upload) {
    this.upload = upload;
  }

  public VerificationResult getVerification() {
    return verification;
  }
}

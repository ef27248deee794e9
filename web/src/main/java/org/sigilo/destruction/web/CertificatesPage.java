package org.sigilo.destruction.web;

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
import org.sigilo.destruction.boundary.CertificateView;
import org.sigilo.destruction.boundary.Certificates;
import org.sigilo.destruction.boundary.VerificationResult;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Refusals;

/**
 * Backs {@code destruction/certificates.xhtml}: find certificates (by issue date, destroyed record
 * id or customer reference), download them, and verify a PDF someone hands in.
 */
@Named
@ViewScoped
public class CertificatesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Certificates certificates;
  @Inject FacesContext faces;

  private String from;
  private String to;
  private String recordId;
  private String customerReference;
  private Long number;
  private transient Part upload;
  private VerificationResult verification;
  private transient List<CertificateView> found;

  public List<CertificateView> getCertificates() {
    if (found == null) {
      search();
    }
    return found;
  }

  public void search() {
    found = List.of();
    try {
      LocalDate fromDay = date("Issued from", from);
      LocalDate toDay = date("Issued until", to);
      Long record = null;
      if (recordId != null && !recordId.isBlank()) {
        try {
          record = Long.parseLong(recordId.trim());
        } catch (NumberFormatException e) {
          Refusals.problem(faces, "A record id is a whole number.");
          return;
        }
      }
      if (number != null && fromDay == null && toDay == null && record == null) {
        found = List.of(certificates.find(number));
        return;
      }
      found = certificates.search(fromDay, toDay, record, customerReference);
    } catch (DateTimeParseException e) {
      // reported by date()
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  /** The search button: the filters typed, not the certificate the page was opened for. */
  public void find() {
    number = null;
    search();
  }

  /** Checks the uploaded PDF; the result shows below the form. */
  public void verify() {
    verification = null;
    if (upload == null || upload.getSize() == 0) {
      Refusals.problem(faces, "Choose the certificate's PDF file first.");
      return;
    }
    if (upload.getSize() > Certificates.MAX_UPLOAD_BYTES) {
      Refusals.problem(faces, "That file is too large to be a certificate.");
      return;
    }
    try (InputStream in = upload.getInputStream()) {
      verification = certificates.verify(in.readAllBytes());
    } catch (IOException e) {
      Refusals.problem(faces, "The file could not be read; send it again.");
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  private LocalDate date(String label, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      Refusals.problem(faces, label + " is a date such as 2026-11-29, not '" + value + "'.");
      throw e;
    }
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getRecordId() {
    return recordId;
  }

  public void setRecordId(String recordId) {
    this.recordId = recordId;
  }

  public String getCustomerReference() {
    return customerReference;
  }

  public void setCustomerReference(String customerReference) {
    this.customerReference = customerReference;
  }

  public Long getNumber() {
    return number;
  }

  public void setNumber(Long number) {
    this.number = number;
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

package org.sigilo.certificates.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * The certificate search, kept for the session: what was typed in each field, and the search last
 * run without a problem (which the list shows). A mistyped date stays in its field to be corrected,
 * while the list keeps showing the last good search.
 */
@SessionScoped
public class CertificateFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A search that ran: the parsed filters, each null when not given. */
  public record Search(LocalDate from, LocalDate to, Long recordId, String customerReference)
      implements Serializable {

    public static final Search EVERYTHING = new Search(null, null, null, null);

    public boolean narrows() {
      return from != null || to != null || recordId != null || customerReference != null;
    }
  }

  private String from;
  private String to;
  private String recordId;
  private String customerReference;
  private Search applied = Search.EVERYTHING;

  /** Forgets everything typed and searched. */
  public void clear() {
    from = null;
    to = null;
    recordId = null;
    customerReference = null;
    applied = Search.EVERYTHING;
  }

  public Search applied() {
    return applied;
  }

  public void apply(Search search) {
    applied = search;
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
}

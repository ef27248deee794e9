package org.sigilo.calls.web;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the calls list was last filtered by, and how many rows a page had, for the rest of the
 * session: an agent who opens a call and comes back finds the list as they left it. Signing out
 * ends the session, and with it what was remembered. (Read through methods: the bean is reached
 * through its scope's proxy, whose own fields are always empty.)
 */
@SessionScoped
public class CallFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The page size until the person picks another, and the largest they can pick. */
  static final int DEFAULT_ROWS = 25;

  static final int MOST_ROWS = 100;

  private LocalDate from;
  private LocalDate to;
  private String customerReference;
  private String recordClass;
  private int rows = DEFAULT_ROWS;

  /** Forgets the filters; the page size stays, it is a preference rather than a search. */
  public void clear() {
    from = null;
    to = null;
    customerReference = null;
    recordClass = null;
  }

  public boolean any() {
    return from != null
        || to != null
        || (customerReference != null && !customerReference.isBlank())
        || recordClass != null;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getCustomerReference() {
    return customerReference;
  }

  public void setCustomerReference(String customerReference) {
    this.customerReference = customerReference;
  }

  public String getRecordClass() {
    return recordClass;
  }

  public void setRecordClass(String recordClass) {
    this.recordClass = recordClass;
  }

  public int getRows() {
    return rows;
  }

  /** Keeps a page size the paginator offers; anything else (a hand-made request) is ignored. */
  public void setRows(int rows) {
    if (rows > 0 && rows <= MOST_ROWS) {
      this.rows = rows;
    }
  }
}

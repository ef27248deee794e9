package org.sigilo.calls.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sigilo.calls.boundary.CallFilter;
import org.sigilo.calls.boundary.CallPage;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.calls.boundary.CallView;
import org.sigilo.calls.entity.RecordClass;

/**
 * Backs {@code calls.xhtml}: calls newest first, a page at a time from the database, filtered by
 * date, customer reference and record class. Agents see their own ("My calls"), the boundary sees
 * to that.
 */
@Named
@ViewScoped
public class Calls implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CallRecords callRecords;

  private LocalDate from;
  private LocalDate to;
  private String customerReference;
  private String recordClass;
  private List<RecordClass> recordClasses;
  private final LazyDataModel<CallView> calls = new Page();
  private boolean moreThanShown;

  public List<RecordClass> getRecordClasses() {
    if (recordClasses == null) {
      recordClasses = callRecords.recordClasses();
    }
    return recordClasses;
  }

  private CallFilter filter() {
    ZoneId zone = ZoneId.systemDefault();
    return new CallFilter(
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
        customerReference,
        recordClass);
  }

  private class Page extends LazyDataModel<CallView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, callRecords.list(filter(), 0, 1).total());
    }

    @Override
    public List<CallView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      CallPage page = callRecords.list(filter(), first / pageSize, pageSize);
      setRowCount((int) page.total());
      moreThanShown = !page.totalExact();
      return page.items();
    }

    @Override
    public String getRowKey(CallView call) {
      return Long.toString(call.id());
    }

    @Override
    public CallView getRowData(String rowKey) {
      return null;
    }
  }

  /** More calls match than can be paged through: the page asks to narrow the filters. */
  public boolean isMoreThanShown() {
    return moreThanShown;
  }

  public LazyDataModel<CallView> getCalls() {
    return calls;
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
}

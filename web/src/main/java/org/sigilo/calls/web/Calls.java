package org.sigilo.calls.web;

import jakarta.ejb.EJB;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sigilo.calls.boundary.CallFilter;
import org.sigilo.calls.boundary.CallPage;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.calls.boundary.CallView;
import org.sigilo.calls.entity.RecordClass;
import org.sigilo.calls.entity.SensitiveCategory;

/**
 * Backs {@code calls.xhtml}: calls newest first, a page at a time from the database, filtered by
 * date, customer reference and record class. Agents see their own ("My calls"), the boundary sees
 * to that. The filters and the page size live in {@link CallFilters}, so they last for the session.
 */
@Named
@ViewScoped
public class Calls implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CallRecords callRecords;
  @Inject CallFilters remembered;

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
    LocalDate from = remembered.getFrom();
    LocalDate to = remembered.getTo();
    return new CallFilter(
        from == null ? null : from.atStartOfDay(zone).toInstant(),
        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
        remembered.getCustomerReference(),
        remembered.getRecordClass());
  }

  /** The "filter" button: the first page of what the filters now match. */
  public void apply() {
    firstPage();
  }

  /** The sensitive categories a call touched, in words. */
  public String categories(Set<SensitiveCategory> categories) {
    return CallWords.categories(categories);
  }

  private void firstPage() {
    UIComponent table =
        FacesContext.getCurrentInstance().getViewRoot().findComponent("calls-form:calls-table");
    if (table instanceof DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  /** The "clear the filters" button: every call again, at the page size chosen. */
  public void clear() {
    remembered.clear();
    firstPage();
  }

  /** Whether any filter is set: the empty list then explains the filters, not the calls. */
  public boolean isFiltered() {
    return remembered.any();
  }

  /** Rows per page, as last chosen in this session. */
  public int getRows() {
    return remembered.getRows();
  }

  public void setRows(int rows) {
    remembered.setRows(rows);
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
      // the page size the person chose in the paginator, for the next time the list opens
      setRows(pageSize);
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
    return remembered.getFrom();
  }

  public void setFrom(LocalDate from) {
    remembered.setFrom(from);
  }

  public LocalDate getTo() {
    return remembered.getTo();
  }

  public void setTo(LocalDate to) {
    remembered.setTo(to);
  }

  public String getCustomerReference() {
    return remembered.getCustomerReference();
  }

  public void setCustomerReference(String customerReference) {
    remembered.setCustomerReference(customerReference);
  }

  public String getRecordClass() {
    return remembered.getRecordClass();
  }

  public void setRecordClass(String recordClass) {
    remembered.setRecordClass(recordClass);
  }
}

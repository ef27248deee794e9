package org.sigilo.audit.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.component.datatable.DataTableState;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.boundary.AuditFilter;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.ChainVerification;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;

/**
 * Backs {@code audit-trail.xhtml}: the trail newest first, page by page, narrowed by the filters
 * kept for the session ({@link AuditTrailFilters}), and its verification. The table itself keeps
 * its page and page size for the session (PrimeFaces' multiViewState).
 */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The table's client id, to send it back to its first page when the filters change. */
  private static final String TABLE = "audit-form:events";

  @EJB AuditEvents auditEvents;
  @Inject FacesContext facesContext;
  @Inject AuditTrailFilters filters;

  private final LazyDataModel<AuditEvent> events = new NewestFirst();
  private ChainVerification verification;

  public void verify() {
    verification = auditEvents.verify();
    if (verification.intact()) {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              MessageBundle.text("audit-trail.verify.intact"),
              MessageBundle.text(
                  "audit-trail.verify.intact.detail", verification.eventsChecked())));
    } else {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              MessageBundle.text(
                  "audit-trail.verify.broken", String.valueOf(verification.firstBrokenEvent())),
              MessageBundle.text("audit-trail.verify.broken.detail", verification.problem())));
    }
  }

  /** Shows the events the typed filters let through, from the first page. */
  public void applyFilters() {
    LocalDate from = filters.getFrom();
    LocalDate to = filters.getTo();
    if (from != null && to != null && from.isAfter(to)) {
      Refusals.problem(facesContext, MessageBundle.text("audit-trail.filter.dates-reversed"));
      return;
    }
    ZoneId zone = ZoneId.systemDefault(); // the zone the times on the page are shown in
    filters.apply(
        new AuditFilter(
            filters.getActor(),
            filters.getAction(),
            filters.getOutcome(),
            from == null ? null : from.atStartOfDay(zone).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant()));
    toFirstPage();
  }

  /** The whole trail again. */
  public void clearFilters() {
    filters.clear();
    toFirstPage();
  }

  /** Whether the table is narrowed, for the empty message. */
  public boolean isFiltered() {
    return filters.applied().narrows();
  }

  public List<Outcome> getOutcomes() {
    return List.of(Outcome.values());
  }

  private void toFirstPage() {
    if (facesContext.getViewRoot().findComponent(TABLE) instanceof DataTable table) {
      table.setFirst(0);
      DataTableState remembered = table.getMultiViewState(false);
      if (remembered != null) {
        remembered.setFirst(0);
      }
    }
  }

  public LazyDataModel<AuditEvent> getEvents() {
    return events;
  }

  public ChainVerification getVerification() {
    return verification;
  }

  private class NewestFirst extends LazyDataModel<AuditEvent> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, auditEvents.count(filters.applied()));
    }

    @Override
    public List<AuditEvent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return auditEvents.newestFirst(filters.applied(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEvent event) {
      return Long.toString(event.sequenceNumber());
    }

    @Override
    public AuditEvent getRowData(String rowKey) {
      return null;
    }
  }
}

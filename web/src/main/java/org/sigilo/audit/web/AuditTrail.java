package org.sigilo.audit.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.ChainVerification;

/** Backs {@code audit-trail.xhtml}: the trail newest first, page by page, and its verification. */
@Named
@ViewScoped
public class AuditTrail implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB AuditEvents auditEvents;
  @Inject FacesContext facesContext;

  private final LazyDataModel<AuditEvent> events = new NewestFirst();
  private ChainVerification verification;

  public void verify() {
    verification = auditEvents.verify();
    if (verification.intact()) {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              "The audit trail is intact.",
              verification.eventsChecked() + " events checked; every hash matches."));
    } else {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "The audit trail has been tampered with at event "
                  + verification.firstBrokenEvent()
                  + ".",
              verification.problem()
                  + " Keep this evidence and report it to your security officer."));
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
      return (int) Math.min(Integer.MAX_VALUE, auditEvents.count());
    }

    @Override
    public List<AuditEvent> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return auditEvents.newestFirst(first, pageSize);
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

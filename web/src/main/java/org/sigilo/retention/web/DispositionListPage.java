package org.sigilo.retention.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sigilo.destruction.boundary.DestructionSummary;
import org.sigilo.destruction.boundary.Destructions;
import org.sigilo.destruction.boundary.RunView;
import org.sigilo.jobs.boundary.Jobs;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Refusals;
import org.sigilo.retention.boundary.DispositionItemView;
import org.sigilo.retention.boundary.DispositionListView;
import org.sigilo.retention.boundary.Dispositions;
import org.sigilo.retention.boundary.ItemPage;

/**
 * Backs {@code retention/disposition-list.xhtml}: one list's records, page by page and by decision;
 * records managers exclude or confirm records and submit, legal approves or sends back. The
 * boundary enforces every rule (review state, decisions, two people); this only shows it.
 */
@Named
@ViewScoped
public class DispositionListPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Dispositions dispositions;
  @EJB Destructions destructions;
  @EJB Jobs jobs;
  @Inject FacesContext faces;

  private Long id;
  private DispositionListView list;
  private String decision;
  private Long excluding;
  private String reason;
  private DestructionSummary destruction;
  private transient List<RunView> runs;
  private final LazyDataModel<DispositionItemView> items = new Items();

  /** f:viewAction: loads the list, or answers 404. */
  public void load() throws IOException {
    try {
      list = id == null ? null : dispositions.list(id);
    } catch (Refusal refusal) {
      list = null;
    }
    if (list == null) {
      faces.getExternalContext().responseSendError(404, "No such disposition list");
      faces.responseComplete();
    }
  }

  public void startExclusion(long recordId) {
    excluding = recordId;
    reason = null;
  }

  public void cancelExclusion() {
    excluding = null;
    reason = null;
  }

  public void exclude() {
    act(
        () -> {
          dispositions.exclude(id, excluding, reason);
          String done = "Record " + excluding + " is kept off this destruction.";
          excluding = null;
          reason = null;
          return done;
        });
  }

  public void confirm(long recordId) {
    act(
        () -> {
          dispositions.confirmDestruction(id, recordId);
          return "Record " + recordId + " will be destroyed once the list is approved.";
        });
  }

  public void submit() {
    act(
        () -> {
          DispositionListView submitted = dispositions.submit(id);
          return "List "
              + id
              + " submitted to legal with "
              + submitted.toDestroy()
              + " records to destroy.";
        });
  }

  public void approve() {
    act(
        () -> {
          DispositionListView approved = dispositions.approve(id);
          return "List "
              + id
              + " approved: its "
              + approved.toDestroy()
              + " records to destroy are eligible for destruction.";
        });
  }

  /**
   * Shows what destroying the list would do now (records by class; those held, excluded or
   * destroyed before), for legal to confirm or cancel.
   */
  public void reviewDestruction() {
    try {
      destruction = destructions.summary(id);
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  public void cancelDestruction() {
    destruction = null;
  }

  /** Confirmed: starts the records-destruction job and follows it on the jobs page. */
  public String startDestruction() {
    try {
      long execution = jobs.startDestruction(Long.toString(id), null, null, null);
      destruction = null;
      faces.getExternalContext().getFlash().setKeepMessages(true);
      Refusals.done(
          faces,
          "Destruction of list "
              + id
              + " started (execution "
              + execution
              + "). Its progress shows below; its certificate appears under Certificates.");
      return "/jobs/jobs.xhtml?faces-redirect=true&execution=" + execution;
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
      destruction = null;
      return null;
    }
  }

  /** Destruction runs over this list, with their certificates. */
  public List<RunView> getRuns() {
    if (runs == null) {
      runs = destructions.runsOf(id);
    }
    return runs;
  }

  public boolean isDestroyable() {
    return list != null
        && ("APPROVED".equals(list.status()) || "PARTLY_DESTROYED".equals(list.status()));
  }

  public DestructionSummary getDestruction() {
    return destruction;
  }

  public void sendBack() {
    act(
        () -> {
          dispositions.sendBack(id, reason);
          reason = null;
          return "List " + id + " sent back to the records managers.";
        });
  }

  public void withdraw() {
    act(
        () -> {
          dispositions.withdraw(id, reason);
          reason = null;
          return "List " + id + " withdrawn; the next sweep may list its records again.";
        });
  }

  private void act(java.util.function.Supplier<String> change) {
    try {
      Refusals.done(faces, change.get());
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
    list = dispositions.list(id);
  }

  public boolean isInReview() {
    return list != null && "IN_REVIEW".equals(list.status());
  }

  public boolean isSubmitted() {
    return list != null && "SUBMITTED".equals(list.status());
  }

  private class Items extends LazyDataModel<DispositionItemView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      if (list == null) {
        return 0;
      }
      return (int) Math.min(Integer.MAX_VALUE, dispositions.items(id, decision, 0, 1).total());
    }

    @Override
    public List<DispositionItemView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (list == null) {
        return List.of(); // no such list: the page says so
      }
      ItemPage page = dispositions.items(id, decision, first / pageSize, pageSize);
      setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
      return page.items();
    }

    @Override
    public String getRowKey(DispositionItemView item) {
      return Long.toString(item.recordId());
    }

    @Override
    public DispositionItemView getRowData(String rowKey) {
      return null;
    }
  }

  public LazyDataModel<DispositionItemView> getItems() {
    return items;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public DispositionListView getList() {
    return list;
  }

  public String getDecision() {
    return decision;
  }

  public void setDecision(String decision) {
    this.decision = decision;
  }

  public Long getExcluding() {
    return excluding;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}

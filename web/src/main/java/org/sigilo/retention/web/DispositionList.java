package org.sigilo.retention.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
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
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;
import org.sigilo.retention.boundary.DispositionItemView;
import org.sigilo.retention.boundary.DispositionListView;
import org.sigilo.retention.boundary.Dispositions;
import org.sigilo.retention.boundary.ItemPage;
import org.sigilo.retention.entity.Decision;

/**
 * Backs {@code retention/disposition-list.xhtml} (as {@code #{dispositionList}}): one list's
 * records, page by page and by decision; records managers exclude or confirm records and submit,
 * legal approves or sends back. The boundary enforces every rule (review state, decisions, two
 * people); this only shows it. The decision shown and the page size are kept for the session
 * ({@link RetentionChoices}). It works on the boundary's {@link DispositionListView}, never on the
 * entity {@code org.sigilo.retention.entity.DispositionList} that shares its simple name.
 */
@Named
@ViewScoped
public class DispositionList implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Dispositions dispositions;
  @EJB Destructions destructions;
  @EJB Jobs jobs;
  @Inject FacesContext faces;
  @Inject RetentionChoices choices;

  private Long id;
  private DispositionListView list;
  private Long excluding;
  private String exclusionReason;
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
      faces
          .getExternalContext()
          .responseSendError(404, MessageBundle.text("disposition-list.not-found"));
      faces.responseComplete();
    }
  }

  /** Chooses the record to keep; the form below the records then asks why. */
  public void startExclusion(long recordId) {
    excluding = recordId;
    exclusionReason = null;
  }

  public void cancelExclusion() {
    excluding = null;
    exclusionReason = null;
  }

  public void exclude() {
    act(
        () -> {
          dispositions.exclude(id, excluding, exclusionReason);
          String done = MessageBundle.text("disposition-list.excluded-record", excluding);
          excluding = null;
          exclusionReason = null;
          return done;
        });
  }

  public void confirm(long recordId) {
    act(
        () -> {
          dispositions.confirmDestruction(id, recordId);
          return MessageBundle.text("disposition-list.marked-destroy", recordId);
        });
  }

  public void submit() {
    act(
        () -> {
          DispositionListView submitted = dispositions.submit(id);
          return MessageBundle.text("disposition-list.submitted-notice", id, submitted.toDestroy());
        });
  }

  public void approve() {
    act(
        () -> {
          DispositionListView approved = dispositions.approve(id);
          return MessageBundle.text("disposition-list.approved-notice", id, approved.toDestroy());
        });
  }

  /** The confirmation before submitting: who is asked next, and for how many records. */
  public String getSubmitQuestion() {
    return MessageBundle.text("disposition-list.submit.confirm.header", id);
  }

  public String getSubmitConsequence() {
    return MessageBundle.text("disposition-list.submit.confirm.message", toDestroy());
  }

  public String getApproveQuestion() {
    return MessageBundle.text("disposition-list.approve.confirm.header", id);
  }

  public String getApproveConsequence() {
    return MessageBundle.text("disposition-list.approve.confirm.message", toDestroy());
  }

  public String getSendBackQuestion() {
    return MessageBundle.text("disposition-list.send-back.confirm.header", id);
  }

  public String getWithdrawQuestion() {
    return MessageBundle.text("disposition-list.withdraw.confirm.header", id);
  }

  public String getExclusionQuestion() {
    return MessageBundle.text("disposition-list.exclusion.confirm.header", excluding);
  }

  /** The destruction summary's button: "Destroy 2 records". */
  public String getDestroyLabel() {
    return MessageBundle.text(
        "disposition-list.destroy-confirm", destruction == null ? 0 : destruction.toDestroy());
  }

  private long toDestroy() {
    return list == null ? 0 : list.toDestroy();
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
          faces, MessageBundle.text("disposition-list.destruction-started", id, execution));
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
          return MessageBundle.text("disposition-list.sent-back-notice", id);
        });
  }

  public void withdraw() {
    act(
        () -> {
          dispositions.withdraw(id, reason);
          reason = null;
          return MessageBundle.text("disposition-list.withdrawn-notice", id);
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
      return (int) Math.min(Integer.MAX_VALUE, dispositions.items(id, getDecision(), 0, 1).total());
    }

    @Override
    public List<DispositionItemView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      if (list == null) {
        return List.of(); // no such list: the page says so
      }
      ItemPage page = dispositions.items(id, getDecision(), first / pageSize, pageSize);
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

  /** Which records to show (a decision, or null for all): kept per list for the session. */
  public String getDecision() {
    return choices.decisionOn(id);
  }

  public void setDecision(String decision) {
    choices.decideOn(id, decision);
  }

  /** The decisions a record can have, for the filter. */
  public List<String> getDecisions() {
    return Arrays.stream(Decision.values()).map(Enum::name).toList();
  }

  /** The filter changed: back to the table's first page. */
  public void decisionChanged() {
    RetentionChoices.backToFirstPage(faces, "list-form:items-table");
  }

  public String getExclusionReason() {
    return exclusionReason;
  }

  public void setExclusionReason(String exclusionReason) {
    this.exclusionReason = exclusionReason;
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

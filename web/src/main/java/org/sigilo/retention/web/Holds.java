package org.sigilo.retention.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.sigilo.calls.entity.RecordClass;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Formats;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;
import org.sigilo.retention.boundary.HoldRequest;
import org.sigilo.retention.boundary.HoldView;
import org.sigilo.retention.boundary.Schedules;

/**
 * Backs {@code retention/holds.xhtml} (as {@code #{holds}}): holds in force and released; legal
 * places a hold (by record ids, or by customer, class and dates) and releases one with a reason,
 * after confirming. Which holds it shows, and how many a page, is kept for the session ({@link
 * RetentionChoices}). The boundary it asks has the same simple name, so it is written out in full.
 */
@Named
@ViewScoped
public class Holds implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB org.sigilo.retention.boundary.Holds holds;
  @EJB Schedules schedules;
  @Inject FacesContext faces;
  @Inject Formats formats;
  @Inject RetentionChoices choices;

  private String matter;
  private String reason;
  private String customerReference;
  private String recordClass;
  private String occurredFrom;
  private String occurredTo;
  private String recordIds;
  private Long releasing;
  private String releaseReason;

  /** The holds the person chose to see (all, in force or released), newest first as listed. */
  public List<HoldView> getHolds() {
    String shown = choices.getHoldsShown();
    if (shown == null) {
      return holds.all();
    }
    boolean inForce = "IN_FORCE".equals(shown);
    return holds.all().stream().filter(h -> h.inForce() == inForce).toList();
  }

  /** The filter changed: back to the table's first page. */
  public void shownChanged() {
    RetentionChoices.backToFirstPage(faces, "holds-form:holds-table");
  }

  /**
   * What a hold covers, in the view's language: its records, or the calls matching its criteria
   * (customer, class, dates).
   */
  public String scope(HoldView hold) {
    if (!hold.recordIds().isEmpty()) {
      return MessageBundle.text(
          "retention.hold-scope.records",
          hold.recordIds().size(),
          String.join(", ", hold.recordIds().stream().map(String::valueOf).toList()));
    }
    List<String> criteria = new ArrayList<>();
    if (hold.customerReference() != null) {
      criteria.add(MessageBundle.text("retention.hold-scope.customer", hold.customerReference()));
    }
    if (hold.recordClass() != null) {
      criteria.add(MessageBundle.text("retention.hold-scope.class", hold.recordClass()));
    }
    if (hold.occurredFrom() != null) {
      criteria.add(
          MessageBundle.text("retention.hold-scope.from", formats.date(hold.occurredFrom())));
    }
    if (hold.occurredTo() != null) {
      criteria.add(
          MessageBundle.text("retention.hold-scope.until", formats.date(hold.occurredTo())));
    }
    if (criteria.isEmpty()) {
      return MessageBundle.text("retention.hold-scope.every-call");
    }
    return MessageBundle.text("retention.hold-scope.calls", String.join(", ", criteria));
  }

  /** The confirmation's question, naming the hold being released. */
  public String getReleaseQuestion() {
    return MessageBundle.text("holds.release.confirm.header", releasing);
  }

  public List<RecordClass> getRecordClasses() {
    return schedules.recordClasses();
  }

  public void place() {
    List<Long> ids = new ArrayList<>();
    if (recordIds != null) {
      for (String part : recordIds.split("[,;\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          ids.add(Long.parseLong(part.trim()));
        } catch (NumberFormatException e) {
          Refusals.problem(faces, MessageBundle.text("holds.record-ids.invalid", part));
          return;
        }
      }
    }
    try {
      HoldView placed =
          holds.place(
              new HoldRequest(
                  matter, reason, customerReference, recordClass, occurredFrom, occurredTo, ids));
      Refusals.done(
          faces, MessageBundle.text("holds.placed", placed.id(), placed.matter(), scope(placed)));
      matter = null;
      reason = null;
      customerReference = null;
      recordClass = null;
      occurredFrom = null;
      occurredTo = null;
      recordIds = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  /** Chooses the hold to release; the form below then asks for the reason. */
  public void startRelease(long id) {
    releasing = id;
    releaseReason = null;
  }

  public void release() {
    try {
      HoldView released = holds.release(releasing, releaseReason);
      Refusals.done(faces, MessageBundle.text("holds.released", released.id(), released.matter()));
      releasing = null;
      releaseReason = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  public void cancelRelease() {
    releasing = null;
    releaseReason = null;
  }

  public String getMatter() {
    return matter;
  }

  public void setMatter(String matter) {
    this.matter = matter;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
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

  public String getOccurredFrom() {
    return occurredFrom;
  }

  public void setOccurredFrom(String occurredFrom) {
    this.occurredFrom = occurredFrom;
  }

  public String getOccurredTo() {
    return occurredTo;
  }

  public void setOccurredTo(String occurredTo) {
    this.occurredTo = occurredTo;
  }

  public String getRecordIds() {
    return recordIds;
  }

  public void setRecordIds(String recordIds) {
    this.recordIds = recordIds;
  }

  public Long getReleasing() {
    return releasing;
  }

  public String getReleaseReason() {
    return releaseReason;
  }

  public void setReleaseReason(String releaseReason) {
    this.releaseReason = releaseReason;
  }
}

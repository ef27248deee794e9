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
import org.sigilo.portal.web.Refusals;
import org.sigilo.retention.boundary.HoldRequest;
import org.sigilo.retention.boundary.HoldView;
import org.sigilo.retention.boundary.Holds;
import org.sigilo.retention.boundary.Schedules;

/**
 * Backs {@code retention/holds.xhtml}: holds in force and released; legal places a hold (by record
 * ids, or by customer, class and dates) and releases one with a reason, after confirming.
 */
@Named
@ViewScoped
public class HoldPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Holds holds;
  @EJB Schedules schedules;
  @Inject FacesContext faces;

  private String matter;
  private String reason;
  private String customerReference;
  private String recordClass;
  private String occurredFrom;
  private String occurredTo;
  private String recordIds;
  private Long releasing;
  private String releaseReason;

  public List<HoldView> getHolds() {
    return holds.all();
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
          Refusals.problem(
              faces,
              "Record ids are whole numbers separated by commas; '" + part + "' is not one.");
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
          faces,
          "Hold "
              + placed.id()
              + " placed for "
              + placed.matter()
              + " on "
              + placed.scope()
              + ". No record it covers can be destroyed until it is released.");
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
      Refusals.done(
          faces,
          "Hold "
              + released.id()
              + " ("
              + released.matter()
              + ") released. Its records may fall due at the next sweep unless another hold"
              + " covers them.");
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

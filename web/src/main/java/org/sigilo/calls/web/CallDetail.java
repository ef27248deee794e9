package org.sigilo.calls.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.sigilo.calls.boundary.CallContent;
import org.sigilo.calls.boundary.CallDocumentation;
import org.sigilo.calls.boundary.CallNotFoundException;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.calls.boundary.CallView;
import org.sigilo.calls.boundary.InvalidCallException;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Refusals;
import org.sigilo.retention.boundary.CallEventView;
import org.sigilo.retention.boundary.CallRetention;
import org.sigilo.retention.boundary.RetentionStatus;

/**
 * Backs {@code call-detail.xhtml}: a call's metadata, its confidential content masked until the
 * reader states why they need it ("break glass", audited).
 */
@Named
@ViewScoped
public class CallDetail implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB CallRecords callRecords;
  @EJB CallRetention callRetention;
  @Inject FacesContext facesContext;

  private Long id;
  private CallView call;
  private String reason;
  private CallContent content;
  private RetentionStatus retention;
  private String eventType;
  private String eventDate;

  /** f:viewAction: loads the call, or answers 404 for one the user may not see. */
  public void load() throws IOException {
    try {
      call = id == null ? null : callRecords.find(id);
    } catch (CallNotFoundException e) {
      call = null;
    }
    if (call == null) {
      facesContext.getExternalContext().responseSendError(404, "No such call");
      facesContext.responseComplete();
    }
  }

  /** When the call falls due and why; only for roles that look after retention. */
  public RetentionStatus getRetention() {
    if (retention == null && call != null && mayFollowRetention()) {
      retention = callRetention.status(id);
    }
    return retention;
  }

  public boolean mayFollowRetention() {
    var external = facesContext.getExternalContext();
    return external.isUserInRole("records-manager")
        || external.isUserInRole("legal")
        || external.isUserInRole("auditor");
  }

  /** Records a trigger event (records managers), e.g. the customer's account closed on a date. */
  public void recordEvent() {
    try {
      CallEventView event = callRetention.recordEvent(id, eventType, eventDate);
      Refusals.done(
          facesContext,
          event.eventType()
              + " on "
              + event.occurredOn()
              + " recorded; the due date below counts from it where the schedule says so.");
      eventType = null;
      eventDate = null;
      retention = null;
    } catch (Refusal refusal) {
      Refusals.show(facesContext, refusal);
    }
  }

  public String getEventType() {
    return eventType;
  }

  public void setEventType(String eventType) {
    this.eventType = eventType;
  }

  public String getEventDate() {
    return eventDate;
  }

  public void setEventDate(String eventDate) {
    this.eventDate = eventDate;
  }

  public void reveal() {
    try {
      content = callRecords.reveal(id, reason);
    } catch (CallNotFoundException gone) {
      facesContext.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, "This call is no longer there for you to see.", null));
    } catch (InvalidCallException refused) {
      refused
          .problems()
          .forEach(
              problem ->
                  facesContext.addMessage(
                      "reveal-form:reason",
                      new FacesMessage(FacesMessage.SEVERITY_ERROR, problem, null)));
      facesContext.validationFailed();
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  /** The secure-environment checklist in words: what was confirmed, or what was not and why. */
  public String getEnvironment() {
    CallDocumentation.EnvironmentCheck check = call == null ? null : call.secureEnvironment();
    if (check == null) {
      return "Not recorded (documented before the checklist existed)";
    }
    if (check.allMet()) {
      return "All confirmed: private place, screen privacy, no recording devices, encrypted"
          + " connection";
    }
    java.util.List<String> unmet = new java.util.ArrayList<>();
    if (!check.privatePlace()) {
      unmet.add("no private place");
    }
    if (!check.screenPrivacy()) {
      unmet.add("no screen privacy");
    }
    if (!check.noRecordingDevices()) {
      unmet.add("other recording devices");
    }
    if (!check.encryptedConnection()) {
      unmet.add("connection not encrypted");
    }
    return "Not all confirmed (" + String.join("; ", unmet) + "). Why: " + check.exceptionReason();
  }

  public CallView getCall() {
    return call;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public CallContent getContent() {
    return content;
  }

  public boolean isRevealed() {
    return content != null;
  }
}

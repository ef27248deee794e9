package org.sigilo.calls.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sigilo.calls.boundary.CallContent;
import org.sigilo.calls.boundary.CallDocumentation;
import org.sigilo.calls.boundary.CallNotFoundException;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.calls.boundary.CallView;
import org.sigilo.calls.boundary.InvalidCallException;
import org.sigilo.calls.entity.SensitiveCategory;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Formats;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;
import org.sigilo.retention.boundary.CallEventView;
import org.sigilo.retention.boundary.CallRetention;
import org.sigilo.retention.boundary.RetentionStatus;
import org.sigilo.retention.boundary.ScheduleView;

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
  @Inject Formats formats;

  private Long id;
  private CallView call;
  private String reason;
  private CallContent content;
  private RetentionStatus retention;
  private String eventType;
  private LocalDate eventDate;

  /** f:viewAction: loads the call, or answers 404 for one the user may not see. */
  public void load() throws IOException {
    try {
      call = id == null ? null : callRecords.find(id);
    } catch (CallNotFoundException e) {
      call = null;
    }
    if (call == null) {
      facesContext
          .getExternalContext()
          .responseSendError(404, MessageBundle.text("call-detail.not-found"));
      facesContext.responseComplete();
    }
  }

  /** When the call falls due and why; only for roles that look after retention. */
  public RetentionStatus getRetention() {
    if (retention == null && call != null && mayFollowRetention()) {
      retention = callRetention.status(id, MessageBundle.viewLocale());
    }
    return retention;
  }

  public boolean mayFollowRetention() {
    var external = facesContext.getExternalContext();
    return external.isUserInRole("records-manager")
        || external.isUserInRole("legal")
        || external.isUserInRole("auditor");
  }

  /**
   * When and why the call falls due, in one sentence of the view's language, from the same facts
   * the table below shows.
   */
  public String getRetentionExplanation() {
    RetentionStatus status = getRetention();
    if (status == null) {
      return null;
    }
    ScheduleView schedule = status.schedule();
    String why;
    if (schedule == null) {
      why = MessageBundle.text("call-detail.retention.why.no-schedule", status.recordClass());
    } else if (status.dueOn() == null) {
      why = MessageBundle.text("call-detail.retention.why.waiting", schedule.triggerEvent());
    } else {
      String start =
          schedule.triggerEvent() == null
              ? MessageBundle.text(
                  "call-detail.retention.why.from-call", formats.date(status.triggerDate()))
              : MessageBundle.text(
                  "call-detail.retention.why.from-event",
                  schedule.triggerEvent(),
                  formats.date(status.triggerDate()));
      why =
          MessageBundle.text(
              "call-detail.retention.why.due",
              formats.date(status.dueOn()),
              formats.period(schedule.period()),
              start,
              schedule.version());
    }
    if (status.held()) {
      why += " " + MessageBundle.text("call-detail.retention.why.held");
    }
    return why;
  }

  /** The sensitive categories of a consent or a discussion, in words. */
  public String categories(Set<SensitiveCategory> categories) {
    return CallWords.categories(categories);
  }

  /** Records a trigger event (records managers), e.g. the customer's account closed on a date. */
  public void recordEvent() {
    try {
      CallEventView event =
          callRetention.recordEvent(id, eventType, eventDate == null ? null : eventDate.toString());
      Refusals.done(
          facesContext,
          MessageBundle.text(
              "call-detail.event-recorded", event.eventType(), formats.date(event.occurredOn())));
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

  public LocalDate getEventDate() {
    return eventDate;
  }

  public void setEventDate(LocalDate eventDate) {
    this.eventDate = eventDate;
  }

  public void reveal() {
    try {
      content = callRecords.reveal(id, reason);
    } catch (CallNotFoundException gone) {
      Refusals.problem(facesContext, MessageBundle.text("call-detail.gone"));
    } catch (InvalidCallException refused) {
      refused
          .problems(MessageBundle.viewLocale())
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
      return MessageBundle.text("call-detail.environment.not-recorded");
    }
    if (check.allMet()) {
      return MessageBundle.text("call-detail.environment.all-met");
    }
    List<String> unmet = new ArrayList<>();
    if (!check.privatePlace()) {
      unmet.add(MessageBundle.text("call-detail.environment.no-private-place"));
    }
    if (!check.screenPrivacy()) {
      unmet.add(MessageBundle.text("call-detail.environment.no-screen-privacy"));
    }
    if (!check.noRecordingDevices()) {
      unmet.add(MessageBundle.text("call-detail.environment.recording-devices"));
    }
    if (!check.encryptedConnection()) {
      unmet.add(MessageBundle.text("call-detail.environment.not-encrypted"));
    }
    return MessageBundle.text(
        "call-detail.environment.unmet",
        String.join(MessageBundle.text("call-detail.environment.separator"), unmet),
        check.exceptionReason());
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

package org.sigilo.retention.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sigilo.calls.entity.RecordClass;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Formats;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;
import org.sigilo.retention.boundary.ScheduleDefinition;
import org.sigilo.retention.boundary.ScheduleView;

/**
 * Backs {@code retention/schedules.xhtml} (as {@code #{schedules}}): the schedule in force per
 * class, a class's versions, and (for records managers) a new version or a new record class. What
 * was typed stays in the form when the boundary refuses it. The boundary it asks has the same
 * simple name, so it is written out in full.
 */
@Named
@ViewScoped
public class Schedules implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB org.sigilo.retention.boundary.Schedules schedules;
  @Inject FacesContext faces;
  @Inject Formats formats;

  private String recordClass;
  private String period;
  private String triggerEvent;
  private String disposition = "DESTROY";
  private boolean twoPersonRule;
  private String authority;
  private String historyClass;
  private String newClassCode;
  private String newClassName;

  public List<ScheduleView> getCurrent() {
    return schedules.current();
  }

  public List<RecordClass> getRecordClasses() {
    return schedules.recordClasses();
  }

  public List<ScheduleView> getHistory() {
    return historyClass == null ? List.of() : schedules.history(historyClass);
  }

  /** Fills the form with a class's current version, to write the next one from it. */
  public void edit(ScheduleView current) {
    recordClass = current.recordClass();
    period = current.period();
    triggerEvent = current.triggerEvent();
    disposition = current.disposition();
    twoPersonRule = current.twoPersonRule();
    authority = current.authority();
  }

  public void define() {
    try {
      ScheduleView defined =
          schedules.define(
              new ScheduleDefinition(
                  recordClass, period, triggerEvent, disposition, twoPersonRule, authority));
      Refusals.done(
          faces,
          MessageBundle.text(
              "schedules.defined", defined.version(), defined.recordClass(), rule(defined)));
      historyClass = defined.recordClass();
      recordClass = null;
      period = null;
      triggerEvent = null;
      disposition = "DESTROY";
      twoPersonRule = false;
      authority = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  public void addRecordClass() {
    try {
      RecordClass added = schedules.addRecordClass(newClassCode, newClassName);
      Refusals.done(faces, MessageBundle.text("schedules.class-added", added.code()));
      recordClass = added.code();
      newClassCode = null;
      newClassName = null;
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
  }

  /** "7 years from the call date", or "5 years from account-closure", in the view's language. */
  private String rule(ScheduleView schedule) {
    String period = formats.period(schedule.period());
    return schedule.triggerEvent() == null
        ? MessageBundle.text("retention.rule.call-date", period)
        : MessageBundle.text("retention.rule.event", period, schedule.triggerEvent());
  }

  public String getRecordClass() {
    return recordClass;
  }

  public void setRecordClass(String recordClass) {
    this.recordClass = recordClass;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getTriggerEvent() {
    return triggerEvent;
  }

  public void setTriggerEvent(String triggerEvent) {
    this.triggerEvent = triggerEvent;
  }

  public String getDisposition() {
    return disposition;
  }

  public void setDisposition(String disposition) {
    this.disposition = disposition;
  }

  public boolean isTwoPersonRule() {
    return twoPersonRule;
  }

  public void setTwoPersonRule(boolean twoPersonRule) {
    this.twoPersonRule = twoPersonRule;
  }

  public String getAuthority() {
    return authority;
  }

  public void setAuthority(String authority) {
    this.authority = authority;
  }

  public String getHistoryClass() {
    return historyClass;
  }

  public void setHistoryClass(String historyClass) {
    this.historyClass = historyClass;
  }

  public String getNewClassCode() {
    return newClassCode;
  }

  public void setNewClassCode(String newClassCode) {
    this.newClassCode = newClassCode;
  }

  public String getNewClassName() {
    return newClassName;
  }

  public void setNewClassName(String newClassName) {
    this.newClassName = newClassName;
  }
}

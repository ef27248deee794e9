package org.sigilo.retention.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.calls.entity.CallRecord;
import org.sigilo.retention.control.RetentionRule;
import org.sigilo.retention.entity.CallEvent;
import org.sigilo.retention.entity.LegalHold;
import org.sigilo.retention.entity.RetentionSchedule;
import org.sigilo.users.entity.Role;

/**
 * Retention as it applies to one call: the events that start its clock (recorded by records
 * managers, e.g. the customer's account was closed), and when it falls due and why. Dates of calls
 * are their UTC calendar dates, as in the retention sweep.
 */
@Stateless
public class CallRetention {

  @Inject EntityManager entityManager;
  @EJB AuditEvents auditEvents;
  @Resource SessionContext session;

  /**
   * Records that an event happened for a call's customer on a date (not in the future, not before
   * the call). One date per call and event: a second one is refused, naming the first.
   */
  @RolesAllowed(Role.RECORDS_MANAGER_CODE)
  public CallEventView recordEvent(long callId, String eventType, String occurredOn) {
    CallRecord call = call(callId);
    List<String> problems = new ArrayList<>();
    String type = eventType == null ? "" : eventType.trim();
    if (!RetentionRule.EVENT_NAME.matcher(type).matches() || type.length() > 64) {
      problems.add(
          "Name the event in lower-case words joined by hyphens, as schedules name it"
              + " (e.g. account-closure).");
    }
    LocalDate date = null;
    try {
      date = RetentionRule.date("the event's date", occurredOn);
      if (date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
        problems.add("The event's date " + date + " is in the future: record it once it happened.");
      } else if (date.isBefore(callDate(call))) {
        problems.add("The event's date " + date + " is before the call (" + callDate(call) + ").");
      }
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
    if (problems.isEmpty()) {
      CallEvent existing = entityManager.find(CallEvent.class, new CallEvent.Key(callId, type));
      if (existing != null) {
        problems.add(
            "Call "
                + callId
                + " already has "
                + type
                + " on "
                + existing.occurredOn()
                + " (recorded by "
                + existing.recordedBy()
                + ").");
      }
    }
    if (!problems.isEmpty()) {
      throw RetentionRefusal.invalid(problems);
    }
    CallEvent event = new CallEvent(callId, type, date, caller(), Instant.now());
    try {
      entityManager.persist(event);
      entityManager.flush();
    } catch (PersistenceException e) {
      // someone recorded the same event for this call a moment ago
      throw RetentionRefusal.invalid(
          "Call " + callId + " already has " + type + ": reload it to see the date recorded.");
    }
    auditEvents.record(
        caller(), "call-event-recorded", "call:" + callId, Outcome.SUCCESS, type + " on " + date);
    return CallEventView.of(event);
  }

  /** When the call is due and why, with its events and the holds in force on it. */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public RetentionStatus status(long callId) {
    CallRecord call = call(callId);
    LocalDate callDate = callDate(call);
    List<CallEventView> events =
        entityManager
            .createNamedQuery(CallEvent.OF_CALL, CallEvent.class)
            .setParameter("callId", callId)
            .getResultStream()
            .map(CallEventView::of)
            .toList();
    List<HoldSummary> holds =
        entityManager
            .createQuery(
                "SELECT h FROM LegalHold h WHERE h.releasedAt IS NULL AND ((h.byRecords = TRUE"
                    + " AND :id MEMBER OF h.recordIds) OR (h.byRecords = FALSE"
                    + " AND (h.customerReference IS NULL OR h.customerReference = :customer)"
                    + " AND (h.recordClass IS NULL OR h.recordClass = :recordClass)"
                    + " AND (h.occurredFrom IS NULL OR h.occurredFrom <= :callDate)"
                    + " AND (h.occurredTo IS NULL OR h.occurredTo >= :callDate))) ORDER BY h.id",
                LegalHold.class)
            .setParameter("id", callId)
            .setParameter("customer", call.customerReference())
            .setParameter("recordClass", call.recordClass())
            .setParameter("callDate", callDate)
            .getResultStream()
            .map(hold -> new HoldSummary(hold.id(), hold.matter()))
            .toList();
    List<RetentionSchedule> schedules =
        entityManager
            .createNamedQuery(RetentionSchedule.CURRENT_FOR_CLASS, RetentionSchedule.class)
            .setParameter("recordClass", call.recordClass())
            .getResultList();
    if (schedules.isEmpty()) {
      return new RetentionStatus(
          callId,
          call.recordClass(),
          null,
          null,
          null,
          holds,
          events,
          "Not due: the class " + call.recordClass() + " has no retention schedule.");
    }
    RetentionSchedule schedule = schedules.get(0);
    RetentionRule rule = schedule.rule();
    LocalDate eventDate =
        rule.waitsForEvent()
            ? events.stream()
                .filter(event -> event.eventType().equals(rule.triggerEvent()))
                .map(CallEventView::occurredOn)
                .findFirst()
                .orElse(null)
            : null;
    LocalDate trigger = rule.triggerDate(callDate, eventDate).orElse(null);
    LocalDate due = rule.dueDate(callDate, eventDate).orElse(null);
    String why =
        due == null
            ? "Not due yet: the clock starts at " + rule.triggerEvent() + ", not recorded yet."
            : "Due on "
                + due
                + ": "
                + rule.period()
                + " from "
                + (rule.waitsForEvent() ? rule.triggerEvent() + " on " : "the call on ")
                + trigger
                + " (schedule version "
                + schedule.version()
                + ").";
    if (!holds.isEmpty()) {
      why += " Held: it cannot be destroyed while a legal hold is in force.";
    }
    return new RetentionStatus(
        callId, call.recordClass(), ScheduleView.of(schedule), trigger, due, holds, events, why);
  }

  private CallRecord call(long callId) {
    CallRecord call = entityManager.find(CallRecord.class, callId);
    if (call == null) {
      throw RetentionRefusal.notFound("There is no call " + callId + ".");
    }
    return call;
  }

  private static LocalDate callDate(CallRecord call) {
    return LocalDate.ofInstant(call.occurredAt(), ZoneOffset.UTC);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

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
import java.util.Locale;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.calls.entity.CallRecord;
import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.Messages;
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
    List<Message> problems = new ArrayList<>();
    String type = eventType == null ? "" : eventType.trim();
    if (!RetentionRule.EVENT_NAME.matcher(type).matches() || type.length() > 64) {
      problems.add(Message.of("problem.call-events.event-name"));
    }
    LocalDate date = null;
    try {
      date = RetentionRule.date(Message.of("problem.call-events.date-field"), occurredOn);
      if (date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
        problems.add(Message.of("problem.call-events.future", date));
      } else if (date.isBefore(callDate(call))) {
        problems.add(Message.of("problem.call-events.before-call", date, callDate(call)));
      }
    } catch (InvalidValueException e) {
      problems.add(e.explanation());
    }
    if (problems.isEmpty()) {
      CallEvent existing = entityManager.find(CallEvent.class, new CallEvent.Key(callId, type));
      if (existing != null) {
        problems.add(
            Message.of(
                "problem.call-events.duplicate",
                callId,
                type,
                existing.occurredOn(),
                existing.recordedBy()));
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
          Message.of("problem.call-events.recorded-meanwhile", callId, type));
    }
    auditEvents.record(
        caller(), "call-event-recorded", "call:" + callId, Outcome.SUCCESS, type + " on " + date);
    return CallEventView.of(event);
  }

  /** When the call is due and why (in English), with its events and the holds in force on it. */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public RetentionStatus status(long callId) {
    return status(callId, Messages.BASE);
  }

  /** As {@link #status(long)}, its explanation in a language (the page's). */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public RetentionStatus status(long callId, Locale language) {
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
          Message.of("retention-status.no-schedule", call.recordClass()).in(language));
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
    Message dueness;
    if (due == null) {
      dueness = Message.of("retention-status.waiting", rule.triggerEvent());
    } else if (rule.waitsForEvent()) {
      dueness =
          Message.of(
              "retention-status.due-after-event",
              due,
              rule.period(),
              rule.triggerEvent(),
              trigger,
              schedule.version());
    } else {
      dueness =
          Message.of(
              "retention-status.due-after-call", due, rule.period(), trigger, schedule.version());
    }
    String why = dueness.in(language);
    if (!holds.isEmpty()) {
      why += " " + Message.of("retention-status.held").in(language);
    }
    return new RetentionStatus(
        callId, call.recordClass(), ScheduleView.of(schedule), trigger, due, holds, events, why);
  }

  private CallRecord call(long callId) {
    CallRecord call = entityManager.find(CallRecord.class, callId);
    if (call == null) {
      throw RetentionRefusal.notFound(Message.of("refusal.retention.call-not-found", callId));
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

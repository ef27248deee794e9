package org.sigilo.retention.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.calls.entity.RecordClass;
import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;
import org.sigilo.retention.control.RetentionRule;
import org.sigilo.retention.entity.Disposition;
import org.sigilo.retention.entity.RetentionSchedule;
import org.sigilo.users.entity.Role;

/**
 * Retention schedules and the record classes they belong to. Records managers add classes and
 * define schedules; legal, auditors and admins read them. A definition is a new version: the
 * previous one is kept, marked superseded, for the decisions that named it.
 */
@Stateless
public class Schedules {

  static final Pattern CLASS_CODE = RetentionRule.EVENT_NAME;
  static final int MIN_AUTHORITY = 5;

  @Inject EntityManager entityManager;
  @EJB AuditEvents auditEvents;
  @Resource SessionContext session;

  /** The schedule in force for each class that has one. */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public List<ScheduleView> current() {
    return entityManager
        .createNamedQuery(RetentionSchedule.CURRENT, RetentionSchedule.class)
        .getResultStream()
        .map(ScheduleView::of)
        .toList();
  }

  /** Every version of a class's schedule, newest first. */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public List<ScheduleView> history(String recordClass) {
    return entityManager
        .createNamedQuery(RetentionSchedule.HISTORY, RetentionSchedule.class)
        .setParameter("recordClass", recordClass)
        .getResultStream()
        .map(ScheduleView::of)
        .toList();
  }

  /**
   * Defines the next version of a class's schedule; the current one (if any) becomes superseded at
   * the same moment. Decisions already on disposition lists keep the version they named.
   */
  @RolesAllowed(Role.RECORDS_MANAGER_CODE)
  public ScheduleView define(ScheduleDefinition definition) {
    List<Message> problems = new ArrayList<>();
    if (definition == null) {
      throw RetentionRefusal.invalid(Message.of("problem.schedules.definition-missing"));
    }
    RecordClass recordClass = null;
    if (definition.recordClass() == null || definition.recordClass().isBlank()) {
      problems.add(Message.of("problem.schedules.record-class-missing"));
    } else {
      recordClass =
          entityManager.find(
              RecordClass.class, definition.recordClass().trim(), LockModeType.PESSIMISTIC_WRITE);
      if (recordClass == null) {
        problems.add(
            Message.of("problem.retention.unknown-record-class", definition.recordClass()));
      }
    }
    RetentionRule rule = null;
    try {
      rule = RetentionRule.of(definition.period(), definition.triggerEvent());
    } catch (InvalidValueException e) {
      problems.add(e.explanation());
    }
    Disposition disposition = null;
    try {
      disposition =
          Disposition.valueOf(
              String.valueOf(definition.disposition()).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(Message.of("problem.schedules.disposition"));
    }
    String authority = definition.authority() == null ? "" : definition.authority().trim();
    if (authority.length() < MIN_AUTHORITY || authority.length() > 500) {
      problems.add(Message.of("problem.schedules.authority", MIN_AUTHORITY));
    }
    if (!problems.isEmpty()) {
      throw RetentionRefusal.invalid(problems);
    }
    Instant now = Instant.now();
    List<RetentionSchedule> current =
        entityManager
            .createNamedQuery(RetentionSchedule.CURRENT_FOR_CLASS, RetentionSchedule.class)
            .setParameter("recordClass", recordClass.code())
            .getResultList();
    int version = 1;
    for (RetentionSchedule previous : current) {
      previous.supersede(now);
      version = Math.max(version, previous.version() + 1);
    }
    if (current.isEmpty()) {
      version =
          entityManager
                  .createQuery(
                      "SELECT COALESCE(MAX(s.version), 0) FROM RetentionSchedule s"
                          + " WHERE s.recordClass = :recordClass",
                      Integer.class)
                  .setParameter("recordClass", recordClass.code())
                  .getSingleResult()
              + 1;
    }
    RetentionSchedule schedule =
        new RetentionSchedule(
            recordClass.code(),
            version,
            rule,
            disposition,
            Boolean.TRUE.equals(definition.twoPersonRule()),
            authority,
            caller(),
            now);
    entityManager.persist(schedule);
    entityManager.flush();
    ScheduleView view = ScheduleView.of(schedule);
    auditEvents.record(
        caller(),
        "schedule-defined",
        "record-class:" + recordClass.code(),
        Outcome.SUCCESS,
        "version "
            + version
            + ": "
            + view.rule()
            + ", "
            + disposition
            + (view.twoPersonRule() ? ", two-person approval" : "")
            + "; authority: "
            + authority);
    return view;
  }

  /** Every record class, active or not, by name. */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public List<RecordClass> recordClasses() {
    return entityManager
        .createQuery("SELECT c FROM RecordClass c ORDER BY c.name", RecordClass.class)
        .getResultList();
  }

  /** Adds a record class (a kebab-case code and a name people read); agents can use it at once. */
  @RolesAllowed(Role.RECORDS_MANAGER_CODE)
  public RecordClass addRecordClass(String code, String name) {
    List<Message> problems = new ArrayList<>();
    String trimmedCode = code == null ? "" : code.trim();
    String trimmedName = name == null ? "" : name.trim();
    if (!CLASS_CODE.matcher(trimmedCode).matches() || trimmedCode.length() > 64) {
      problems.add(Message.of("problem.schedules.class-code"));
    } else if (entityManager.find(RecordClass.class, trimmedCode) != null) {
      problems.add(Message.of("problem.schedules.class-exists", trimmedCode));
    }
    if (trimmedName.isEmpty() || trimmedName.length() > 128) {
      problems.add(Message.of("problem.schedules.class-name"));
    }
    if (!problems.isEmpty()) {
      throw RetentionRefusal.invalid(problems);
    }
    RecordClass created = new RecordClass(trimmedCode, trimmedName);
    entityManager.persist(created);
    auditEvents.record(
        caller(),
        "record-class-added",
        "record-class:" + trimmedCode,
        Outcome.SUCCESS,
        trimmedName);
    return created;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.calls.entity.RecordClass;
import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;
import org.sigilo.retention.control.DispositionSweep;
import org.sigilo.retention.control.RetentionRule;
import org.sigilo.retention.entity.LegalHold;
import org.sigilo.users.entity.Role;

/**
 * Legal holds: legal places and releases them, records managers and auditors see them. A hold is
 * never deleted; releasing it keeps who, when and why. Placing one also marks as held the records
 * it covers on disposition lists already made, approved ones included. Every placement and release
 * is audited.
 */
@Stateless
public class Holds {

  static final int MIN_REASON = 10;
  static final int MAX_RECORDS = 10_000;

  @Inject EntityManager entityManager;
  @EJB AuditEvents auditEvents;
  @EJB DispositionSweep sweep;
  @Resource SessionContext session;

  @RolesAllowed(Role.LEGAL_CODE)
  public HoldView place(HoldRequest request) {
    if (request == null) {
      throw RetentionRefusal.invalid(Message.of("problem.holds.request-missing"));
    }
    List<Message> problems = new ArrayList<>();
    String matter = trimmed(request.matter());
    String reason = trimmed(request.reason());
    if (matter == null || matter.length() > 200) {
      problems.add(Message.of("problem.holds.matter"));
    }
    if (reason == null || reason.length() < MIN_REASON || reason.length() > 2000) {
      problems.add(Message.of("problem.holds.reason", MIN_REASON));
    }
    String customer = trimmed(request.customerReference());
    String recordClass = trimmed(request.recordClass());
    LocalDate from = date("occurredFrom", request.occurredFrom(), problems);
    LocalDate to = date("occurredTo", request.occurredTo(), problems);
    Set<Long> ids = new TreeSet<>();
    if (request.recordIds() != null) {
      request.recordIds().stream().filter(java.util.Objects::nonNull).forEach(ids::add);
    }
    boolean byCriteria = customer != null || recordClass != null || from != null || to != null;
    if (ids.isEmpty() && !byCriteria) {
      problems.add(Message.of("problem.holds.scope-missing"));
    } else if (!ids.isEmpty() && byCriteria) {
      problems.add(Message.of("problem.holds.scope-both"));
    }
    if (customer != null && customer.length() > 64) {
      problems.add(Message.of("problem.holds.customer-reference-size"));
    }
    if (recordClass != null && entityManager.find(RecordClass.class, recordClass) == null) {
      problems.add(Message.of("problem.retention.unknown-record-class", recordClass));
    }
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(Message.of("problem.holds.date-range", from, to));
    }
    if (ids.size() > MAX_RECORDS) {
      problems.add(Message.of("problem.holds.too-many-records", MAX_RECORDS));
    } else if (!ids.isEmpty()) {
      List<Long> known =
          entityManager
              .createQuery("SELECT c.id FROM CallRecord c WHERE c.id IN :ids", Long.class)
              .setParameter("ids", ids)
              .getResultList();
      Set<Long> unknown = new TreeSet<>(ids);
      known.forEach(unknown::remove);
      if (!unknown.isEmpty()) {
        problems.add(Message.of("problem.holds.unknown-records", unknown.toString()));
      }
    }
    if (!problems.isEmpty()) {
      throw RetentionRefusal.invalid(problems);
    }
    Instant now = Instant.now();
    LegalHold hold =
        ids.isEmpty()
            ? LegalHold.matching(matter, reason, customer, recordClass, from, to, caller(), now)
            : LegalHold.onRecords(matter, reason, ids, caller(), now);
    entityManager.persist(hold);
    entityManager.flush();
    int takenOffLists = sweep.applyHoldsToLiveLists();
    HoldView view = HoldView.of(hold);
    auditEvents.record(
        caller(),
        "hold-placed",
        "hold:" + hold.id(),
        Outcome.SUCCESS,
        matter
            + " ("
            + view.scope()
            + "): "
            + reason
            + "; "
            + takenOffLists
            + " listed records now held");
    return view;
  }

  /** Releases a hold in force, saying why; the records it covered may fall due again. */
  @RolesAllowed(Role.LEGAL_CODE)
  public HoldView release(long id, String reason) {
    String why = trimmed(reason);
    if (why == null || why.length() < MIN_REASON || why.length() > 2000) {
      throw RetentionRefusal.invalid(Message.of("problem.holds.release-reason", MIN_REASON));
    }
    LegalHold hold = entityManager.find(LegalHold.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (hold == null) {
      throw RetentionRefusal.notFound(Message.of("refusal.holds.not-found", id));
    }
    if (!hold.inForce()) {
      throw RetentionRefusal.conflict(
          Message.of("refusal.holds.already-released", id, hold.releasedAt(), hold.releasedBy()));
    }
    hold.release(caller(), why, Instant.now());
    auditEvents.record(
        caller(), "hold-released", "hold:" + id, Outcome.SUCCESS, hold.matter() + ": " + why);
    return HoldView.of(hold);
  }

  /** Every hold, those in force first, newest first. */
  @RolesAllowed({Role.LEGAL_CODE, Role.RECORDS_MANAGER_CODE, Role.AUDITOR_CODE})
  public List<HoldView> all() {
    return entityManager
        .createNamedQuery(LegalHold.ALL, LegalHold.class)
        .getResultStream()
        .map(HoldView::of)
        .toList();
  }

  @RolesAllowed({Role.LEGAL_CODE, Role.RECORDS_MANAGER_CODE, Role.AUDITOR_CODE})
  public HoldView find(long id) {
    LegalHold hold = entityManager.find(LegalHold.class, id);
    if (hold == null) {
      throw RetentionRefusal.notFound(Message.of("refusal.holds.not-found", id));
    }
    return HoldView.of(hold);
  }

  private static LocalDate date(String field, String value, List<Message> problems) {
    if (trimmed(value) == null) {
      return null;
    }
    try {
      return RetentionRule.date(field, value);
    } catch (InvalidValueException e) {
      problems.add(e.explanation());
      return null;
    }
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.StateConflictException;
import org.sigilo.retention.control.DispositionSweep;
import org.sigilo.retention.entity.Decision;
import org.sigilo.retention.entity.DispositionItem;
import org.sigilo.retention.entity.DispositionList;
import org.sigilo.retention.entity.ListStatus;
import org.sigilo.users.entity.Role;

/**
 * Reviewing what retention sweeps found due. Records managers exclude records (with a reason),
 * decide those whose schedule asks for review, and submit the list; legal approves it or sends it
 * back. Where a record to destroy belongs to a class whose schedule requires two people, the
 * approver must be someone other than the submitter; the check is here, so no path around it
 * exists. Approved lists are what destruction may act on. Every step is audited.
 */
@Stateless
public class Dispositions {

  static final int MAX_PAGE_SIZE = 200;
  static final int MIN_REASON = 10;

  /** Items with the schedule version that made them due, as views. */
  private static final String ITEM_VIEWS =
      "SELECT new org.sigilo.retention.boundary.DispositionItemView(i.recordId,"
          + " i.recordClass, s.version, s.retentionPeriod, s.triggerEvent,"
          + " s.twoPersonRule, i.triggerDate, i.dueOn, i.held,"
          + " CAST(i.decision AS String), i.decidedBy, i.decisionReason)"
          + " FROM DispositionItem i JOIN RetentionSchedule s ON s.id = i.scheduleId";

  @Inject EntityManager entityManager;
  @EJB AuditEvents auditEvents;
  @EJB DispositionSweep sweep;
  @Resource SessionContext session;

  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public List<DispositionListView> lists(int max) {
    return entityManager
        .createNamedQuery(DispositionList.NEWEST_FIRST, DispositionList.class)
        .setMaxResults(Math.max(1, Math.min(max, 100)))
        .getResultStream()
        .map(this::view)
        .toList();
  }

  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public DispositionListView list(long id) {
    return view(find(id, false));
  }

  /** A page of a list's records by record id, optionally only those with one decision. */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  public ItemPage items(long listId, String decision, int page, int size) {
    find(listId, false);
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size > Integer.MAX_VALUE) {
      throw RetentionRefusal.invalid(Message.of("problem.dispositions.page-range", MAX_PAGE_SIZE));
    }
    Decision only = null;
    if (decision != null && !decision.isBlank()) {
      try {
        only = Decision.valueOf(decision.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw RetentionRefusal.invalid(
            Message.of("problem.dispositions.decision-filter", decision));
      }
    }
    String where =
        " WHERE i.listId = :listId" + (only == null ? "" : " AND i.decision = :decision");
    var select =
        entityManager
            .createQuery(ITEM_VIEWS + where + " ORDER BY i.recordId", DispositionItemView.class)
            .setParameter("listId", listId)
            .setFirstResult(page * size)
            .setMaxResults(size);
    var count =
        entityManager
            .createQuery("SELECT COUNT(i) FROM DispositionItem i" + where, Long.class)
            .setParameter("listId", listId);
    if (only != null) {
      select.setParameter("decision", only);
      count.setParameter("decision", only);
    }
    return new ItemPage(select.getResultList(), count.getSingleResult(), page, size);
  }

  /** Keeps a record off the destruction, with a reason; the list must still be in review. */
  @RolesAllowed(Role.RECORDS_MANAGER_CODE)
  public DispositionItemView exclude(long listId, long recordId, String reason) {
    String why = reason == null ? "" : reason.trim();
    if (why.length() < MIN_REASON || why.length() > 2000) {
      throw RetentionRefusal.invalid(Message.of("problem.dispositions.exclude-reason", MIN_REASON));
    }
    DispositionItem item = reviewable(listId, recordId);
    try {
      item.exclude(caller(), why);
    } catch (StateConflictException e) {
      throw RetentionRefusal.conflict(e.explanation());
    }
    auditEvents.record(
        caller(),
        "disposition-excluded",
        "disposition-list:" + listId,
        Outcome.SUCCESS,
        "record " + recordId + ": " + why);
    return item(listId, recordId);
  }

  /** Confirms destruction of a record under review (or takes back its exclusion). */
  @RolesAllowed(Role.RECORDS_MANAGER_CODE)
  public DispositionItemView confirmDestruction(long listId, long recordId) {
    DispositionItem item = reviewable(listId, recordId);
    try {
      item.confirmDestruction(caller());
    } catch (StateConflictException e) {
      throw RetentionRefusal.conflict(e.explanation());
    }
    auditEvents.record(
        caller(),
        "disposition-confirmed",
        "disposition-list:" + listId,
        Outcome.SUCCESS,
        "record " + recordId + " to be destroyed");
    return item(listId, recordId);
  }

  /** Sends a reviewed list to legal; refused while any record awaits a decision. */
  @RolesAllowed(Role.RECORDS_MANAGER_CODE)
  public DispositionListView submit(long listId) {
    DispositionList list = find(listId, true);
    sweep.applyHolds(listId);
    DispositionListView view = view(list);
    if (list.status() == ListStatus.IN_REVIEW) {
      if (view.undecided() > 0) {
        throw RetentionRefusal.conflict(
            Message.of("refusal.dispositions.undecided", view.undecided(), listId));
      }
      if (view.toDestroy() == 0) {
        throw RetentionRefusal.conflict(
            Message.of("refusal.dispositions.nothing-to-destroy", listId));
      }
    }
    transition(() -> list.submit(caller(), Instant.now()));
    auditEvents.record(
        caller(),
        "disposition-submitted",
        "disposition-list:" + listId,
        Outcome.SUCCESS,
        view.toDestroy() + " records to destroy, " + view.excluded() + " excluded");
    return view(list);
  }

  /**
   * Approves a submitted list for destruction. Where the two-person rule applies to any record on
   * it, the submitter cannot approve: refused and audited as denied.
   */
  @RolesAllowed(Role.LEGAL_CODE)
  public DispositionListView approve(long listId) {
    DispositionList list = find(listId, true);
    int newlyHeld = list.status() == ListStatus.SUBMITTED ? sweep.applyHolds(listId) : 0;
    DispositionListView view = view(list);
    if (list.status() == ListStatus.SUBMITTED
        && (view.twoPersonRule() || relaxedTwoPersonRule(listId))
        && caller().equals(list.submittedBy())) {
      auditEvents.recordIndependently(
          caller(),
          "disposition-approval",
          "disposition-list:" + listId,
          Outcome.DENIED,
          "two-person rule: the submitter may not approve");
      throw RetentionRefusal.forbidden(
          Message.of("refusal.dispositions.two-person", listId, list.submittedBy()));
    }
    transition(() -> list.approve(caller(), Instant.now()));
    auditEvents.record(
        caller(),
        "disposition-approved",
        "disposition-list:" + listId,
        Outcome.SUCCESS,
        view.toDestroy()
            + " records approved for destruction, submitted by "
            + view.submittedBy()
            + (newlyHeld > 0 ? "; " + newlyHeld + " came under a hold since listing" : ""));
    return view(list);
  }

  /**
   * Whether the caller wrote a schedule version on this list that dropped the two-person rule of an
   * earlier version: whoever relaxed the rule may not be the second person it spared.
   */
  private boolean relaxedTwoPersonRule(long listId) {
    return !entityManager
        .createQuery(
            "SELECT 1 FROM DispositionItem i JOIN RetentionSchedule s ON s.id = i.scheduleId"
                + " WHERE i.listId = :listId AND i.decision <> :held"
                + " AND s.twoPersonRule = FALSE AND s.createdBy = :caller"
                + " AND EXISTS (SELECT 1 FROM RetentionSchedule p"
                + " WHERE p.recordClass = s.recordClass AND p.version < s.version"
                + " AND p.twoPersonRule = TRUE)",
            Integer.class)
        .setParameter("listId", listId)
        .setParameter("held", Decision.HELD)
        .setParameter("caller", caller())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Legal sends a submitted list back to review, saying what to change. */
  @RolesAllowed(Role.LEGAL_CODE)
  public DispositionListView sendBack(long listId, String reason) {
    String why = requireReason(reason, "problem.dispositions.send-back-reason");
    DispositionList list = find(listId, true);
    transition(() -> list.sendBack(why));
    auditEvents.record(
        caller(), "disposition-sent-back", "disposition-list:" + listId, Outcome.SUCCESS, why);
    return view(list);
  }

  /** A records manager withdraws a list in review; its records can be listed by the next sweep. */
  @RolesAllowed(Role.RECORDS_MANAGER_CODE)
  public DispositionListView withdraw(long listId, String reason) {
    String why = requireReason(reason, "problem.dispositions.withdraw-reason");
    DispositionList list = find(listId, true);
    transition(() -> list.withdraw(why));
    auditEvents.record(
        caller(), "disposition-withdrawn", "disposition-list:" + listId, Outcome.SUCCESS, why);
    return view(list);
  }

  private DispositionItem reviewable(long listId, long recordId) {
    DispositionList list = find(listId, true);
    if (list.status() != ListStatus.IN_REVIEW) {
      throw RetentionRefusal.conflict(
          Message.of("refusal.dispositions.not-in-review", listId, list.status().words()));
    }
    DispositionItem item =
        entityManager.find(DispositionItem.class, new DispositionItem.Key(listId, recordId));
    if (item == null) {
      throw RetentionRefusal.notFound(
          Message.of("refusal.dispositions.not-on-list", recordId, listId));
    }
    return item;
  }

  private DispositionItemView item(long listId, long recordId) {
    entityManager.flush();
    return entityManager
        .createQuery(
            ITEM_VIEWS + " WHERE i.listId = :listId AND i.recordId = :recordId",
            DispositionItemView.class)
        .setParameter("listId", listId)
        .setParameter("recordId", recordId)
        .getSingleResult();
  }

  private DispositionList find(long id, boolean forUpdate) {
    DispositionList list =
        forUpdate
            ? entityManager.find(DispositionList.class, id, LockModeType.PESSIMISTIC_WRITE)
            : entityManager.find(DispositionList.class, id);
    if (list == null) {
      throw RetentionRefusal.notFound(Message.of("refusal.dispositions.not-found", id));
    }
    return list;
  }

  private DispositionListView view(DispositionList list) {
    entityManager.flush();
    Map<Decision, Long> counts = new EnumMap<>(Decision.class);
    for (Object[] row :
        entityManager
            .createQuery(
                "SELECT i.decision, COUNT(i) FROM DispositionItem i WHERE i.listId = :listId"
                    + " GROUP BY i.decision",
                Object[].class)
            .setParameter("listId", list.id())
            .getResultList()) {
      counts.put((Decision) row[0], (Long) row[1]);
    }
    boolean twoPerson =
        !entityManager
            .createQuery(
                "SELECT 1 FROM DispositionItem i JOIN RetentionSchedule s ON s.id = i.scheduleId"
                    + " WHERE i.listId = :listId AND i.decision <> :held"
                    + " AND s.twoPersonRule = TRUE",
                Integer.class)
            .setParameter("listId", list.id())
            .setParameter("held", Decision.HELD)
            .setMaxResults(1)
            .getResultList()
            .isEmpty();
    return new DispositionListView(
        list.id(),
        list.status().name(),
        list.dueOnOrBefore(),
        list.createdBy(),
        list.createdAt(),
        list.sweptAt(),
        list.submittedBy(),
        list.submittedAt(),
        list.approvedBy(),
        list.approvedAt(),
        list.returnedReason(),
        list.withdrawnReason(),
        counts.getOrDefault(Decision.DESTROY, 0L),
        counts.getOrDefault(Decision.UNDECIDED, 0L),
        counts.getOrDefault(Decision.EXCLUDED, 0L),
        counts.getOrDefault(Decision.HELD, 0L),
        twoPerson);
  }

  private static void transition(Runnable change) {
    try {
      change.run();
    } catch (StateConflictException e) {
      throw RetentionRefusal.conflict(e.explanation());
    }
  }

  /** The reason, trimmed, or a refusal asking for it ({@code ask}: its key, given the minimum). */
  private static String requireReason(String reason, String ask) {
    String why = reason == null ? "" : reason.trim();
    if (why.length() < MIN_REASON || why.length() > 2000) {
      throw RetentionRefusal.invalid(Message.of(ask, MIN_REASON));
    }
    return why;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

package org.sigilo.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sigilo.audit.control.AuditChain;
import org.sigilo.audit.entity.AuditChainHead;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.ChainVerification;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.users.entity.Role;

/**
 * The audit trail. Anyone (a person, a failed login, a batch job as {@code system:<job>}) can be
 * recorded; only auditors and admins read and verify it. There is deliberately no method to change
 * or remove an event, nor to switch auditing off.
 *
 * <p>{@link #record} joins the caller's transaction, so an action and its audit event commit or
 * roll back together.
 */
@Stateless
public class AuditEvents {

  private static final int VERIFY_PAGE = 1000;

  @Inject EntityManager entityManager;

  @PermitAll
  public AuditEvent record(
      String actor, String action, String target, Outcome outcome, String details) {
    AuditChainHead head =
        entityManager.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
    AuditEvent event =
        AuditChain.next(
            head.lastSequence(),
            head.lastHash(),
            Instant.now(),
            actor,
            action,
            target,
            outcome,
            details);
    entityManager.persist(event);
    head.advanceTo(event);
    return event;
  }

  /**
   * Records an event in a transaction of its own, kept even when the caller's transaction rolls
   * back: for refusals, whose exception undoes everything else. The caller must not have recorded
   * an event in its own still-open transaction (it would wait for that transaction's lock).
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public AuditEvent recordIndependently(
      String actor, String action, String target, Outcome outcome, String details) {
    return record(actor, action, target, outcome, details);
  }

  /** Recomputes the whole chain, a page at a time, and names the first event that fails. */
  @RolesAllowed({Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public ChainVerification verify() {
    AuditChain.Verifier verifier = new AuditChain.Verifier();
    AuditChainHead head = entityManager.find(AuditChainHead.class, AuditChainHead.ID);
    long headSequence = head.lastSequence();
    String headHash = head.lastHash();
    long after = 0;
    while (true) {
      List<AuditEvent> page =
          entityManager
              .createNamedQuery(AuditEvent.PAGE_AFTER, AuditEvent.class)
              .setParameter("after", after)
              // events appended while we verify are past the head we read: not ours to judge
              .setParameter("upTo", headSequence)
              .setMaxResults(VERIFY_PAGE)
              .getResultList();
      for (AuditEvent event : page) {
        if (!verifier.accept(event)) {
          return verifier.finish(headSequence, headHash);
        }
        after = event.sequenceNumber();
      }
      entityManager.clear();
      if (page.size() < VERIFY_PAGE) {
        return verifier.finish(headSequence, headHash);
      }
    }
  }

  /** Newest events first, for reading the trail page by page. */
  @RolesAllowed({Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public List<AuditEvent> newestFirst(int first, int max) {
    return entityManager
        .createNamedQuery(AuditEvent.NEWEST_FIRST, AuditEvent.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 500))
        .getResultList();
  }

  @RolesAllowed({Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public long count() {
    return entityManager.createNamedQuery(AuditEvent.COUNT, Long.class).getSingleResult();
  }

  /** The events the filter lets through, newest first, page by page. */
  @RolesAllowed({Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public List<AuditEvent> newestFirst(AuditFilter filter, int first, int max) {
    return filtered(
            "SELECT e FROM AuditEvent e",
            filter,
            " ORDER BY e.sequenceNumber DESC",
            AuditEvent.class)
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.min(Math.max(1, max), 500))
        .getResultList();
  }

  /** How many events the filter lets through. */
  @RolesAllowed({Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public long count(AuditFilter filter) {
    return filtered("SELECT COUNT(e) FROM AuditEvent e", filter, "", Long.class).getSingleResult();
  }

  /**
   * The query with a condition for each part of the filter; typed text only ever as a parameter.
   */
  private <T> TypedQuery<T> filtered(
      String select, AuditFilter filter, String orderBy, Class<T> type) {
    AuditFilter f = filter == null ? AuditFilter.NONE : filter;
    List<String> conditions = new ArrayList<>();
    if (f.actor() != null) {
      conditions.add("LOWER(e.actor) LIKE :actor ESCAPE '!'");
    }
    if (f.action() != null) {
      conditions.add("LOWER(e.action) LIKE :action ESCAPE '!'");
    }
    if (f.outcome() != null) {
      conditions.add("e.outcome = :outcome");
    }
    if (f.from() != null) {
      conditions.add("e.occurredAt >= :from");
    }
    if (f.until() != null) {
      conditions.add("e.occurredAt < :until");
    }
    String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    TypedQuery<T> query = entityManager.createQuery(select + where + orderBy, type);
    if (f.actor() != null) {
      query.setParameter("actor", containing(f.actor()));
    }
    if (f.action() != null) {
      query.setParameter("action", containing(f.action()));
    }
    if (f.outcome() != null) {
      query.setParameter("outcome", f.outcome());
    }
    if (f.from() != null) {
      query.setParameter("from", f.from());
    }
    if (f.until() != null) {
      query.setParameter("until", f.until());
    }
    return query;
  }

  /** A LIKE pattern matching text that contains {@code part}, its own % and _ taken literally. */
  private static String containing(String part) {
    return "%"
        + part.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
        + "%";
  }
}

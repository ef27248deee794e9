package org.sigilo.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
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
}

package org.sigilo.destruction.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.sigilo.destruction.entity.DestructionRun;
import org.sigilo.destruction.entity.ItemState;
import org.sigilo.platform.i18n.Message;
import org.sigilo.retention.control.DueRecordsSql;
import org.sigilo.retention.entity.DispositionList;
import org.sigilo.retention.entity.ListStatus;
import org.sigilo.users.entity.Role;

/**
 * What a destruction would do before anyone confirms it, and how runs went. Starting, stopping and
 * restarting the job are the job boundary's ({@code Jobs}); this answers the questions around it.
 */
@Stateless
public class Destructions {

  @Inject EntityManager entityManager;

  /**
   * The records destroying a list would destroy now, by class, and those it would leave: held
   * (checked against the holds in force now, so a hold placed since approval counts), excluded, or
   * destroyed already.
   */
  @RolesAllowed({Role.LEGAL_CODE, Role.RECORDS_MANAGER_CODE, Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public DestructionSummary summary(long listId) {
    DispositionList list = entityManager.find(DispositionList.class, listId);
    if (list == null) {
      throw DestructionRefusal.notFound(Message.of("refusal.dispositions.not-found", listId));
    }
    String notDestroyed =
        " AND NOT EXISTS (SELECT 1 FROM tombstone t WHERE t.record_id = i.record_id)";
    String heldNow =
        " EXISTS (SELECT 1 FROM call_record c WHERE c.id = i.record_id AND "
            + DueRecordsSql.callIsHeld("c")
            + ")";
    @SuppressWarnings("unchecked")
    List<Object[]> byClass =
        entityManager
            .createNativeQuery(
                "SELECT i.record_class, COUNT(*) FROM disposition_item i WHERE i.list_id = ?"
                    + " AND i.decision = 'DESTROY' AND i.held = FALSE"
                    + notDestroyed
                    + " AND NOT"
                    + heldNow
                    + " GROUP BY i.record_class ORDER BY i.record_class")
            .setParameter(1, listId)
            .getResultList();
    Map<String, Long> toDestroy = new TreeMap<>();
    for (Object[] row : byClass) {
      toDestroy.put((String) row[0], ((Number) row[1]).longValue());
    }
    @SuppressWarnings("unchecked")
    List<Long> heldRecords =
        ((List<Object>)
                entityManager
                    .createNativeQuery(
                        "SELECT i.record_id FROM disposition_item i WHERE i.list_id = ?"
                            + notDestroyed
                            + " AND (i.held = TRUE OR (i.decision = 'DESTROY' AND"
                            + heldNow
                            + ")) ORDER BY i.record_id")
                    .setParameter(1, listId)
                    .setMaxResults(DestructionSummary.NAMED)
                    .getResultList())
            .stream().map(id -> ((Number) id).longValue()).toList();
    long held =
        count(
            "SELECT COUNT(*) FROM disposition_item i WHERE i.list_id = ?"
                + notDestroyed
                + " AND (i.held = TRUE OR (i.decision = 'DESTROY' AND"
                + heldNow
                + "))",
            listId);
    long excluded =
        count(
            "SELECT COUNT(*) FROM disposition_item i WHERE i.list_id = ?"
                + " AND i.decision = 'EXCLUDED'",
            listId);
    long destroyed =
        count(
            "SELECT COUNT(*) FROM disposition_item i WHERE i.list_id = ?"
                + " AND EXISTS (SELECT 1 FROM tombstone t WHERE t.record_id = i.record_id)",
            listId);
    return new DestructionSummary(
        listId,
        list.status().name(),
        list.isDestroyable(),
        toDestroy.values().stream().mapToLong(Long::longValue).sum(),
        toDestroy,
        held,
        heldRecords,
        excluded,
        destroyed);
  }

  /**
   * Refuses (409) unless the list may be destroyed now: the cheap check before a start, without the
   * summary's hold checks over every record.
   */
  @RolesAllowed({Role.LEGAL_CODE, Role.ADMIN_CODE})
  public void requireDestroyable(long listId) {
    DispositionList list = entityManager.find(DispositionList.class, listId);
    if (list == null) {
      throw DestructionRefusal.notFound(Message.of("refusal.dispositions.not-found", listId));
    }
    if (!list.isDestroyable()) {
      throw DestructionRefusal.conflict(
          Message.of("refusal.dispositions.not-destroyable", listId, list.status().words()));
    }
  }

  /** The runs over a list, oldest first. */
  @RolesAllowed({Role.LEGAL_CODE, Role.RECORDS_MANAGER_CODE, Role.AUDITOR_CODE, Role.ADMIN_CODE})
  public List<RunView> runsOf(long listId) {
    return entityManager
        .createNamedQuery(DestructionRun.OF_LIST, DestructionRun.class)
        .setParameter("listId", listId)
        .getResultStream()
        .map(this::view)
        .toList();
  }

  /** The run of a job instance, once its first step opened it. */
  @PermitAll // the job boundary checks roles before it asks
  public Optional<RunView> runOfJobInstance(long jobInstanceId) {
    return entityManager
        .createNamedQuery(DestructionRun.OF_JOB_INSTANCE, DestructionRun.class)
        .setParameter("jobInstanceId", jobInstanceId)
        .getResultStream()
        .findFirst()
        .map(this::view);
  }

  /** The oldest approved list nobody has started destroying: what the nightly run takes next. */
  @PermitAll // the job boundary's scheduler asks
  public Optional<Long> nextApprovedList() {
    return entityManager
        .createQuery(
            "SELECT l.id FROM DispositionList l WHERE l.status = :approved ORDER BY l.id",
            Long.class)
        .setParameter("approved", ListStatus.APPROVED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  private RunView view(DestructionRun run) {
    @SuppressWarnings("unchecked")
    List<Object[]> states =
        entityManager
            .createNativeQuery(
                "SELECT state, COUNT(*) FROM destruction_item WHERE run_id = ? GROUP BY state")
            .setParameter(1, run.id())
            .getResultList();
    Map<String, Long> counts = new TreeMap<>();
    for (Object[] row : states) {
      counts.put((String) row[0], ((Number) row[1]).longValue());
    }
    Long certificate =
        entityManager
            .createQuery(
                "SELECT c.number FROM DestructionCertificate c WHERE c.runId = :runId", Long.class)
            .setParameter("runId", run.id())
            .getResultStream()
            .findFirst()
            .orElse(null);
    return new RunView(
        run.id(),
        run.listId(),
        run.jobInstanceId(),
        run.status().name(),
        run.startedBy(),
        run.startedAt(),
        run.finishedAt(),
        counts.getOrDefault(ItemState.PENDING.name(), 0L),
        counts.getOrDefault(ItemState.DESTROYED.name(), 0L),
        counts.getOrDefault(ItemState.FAILED.name(), 0L),
        counts.getOrDefault(ItemState.HELD.name(), 0L),
        certificate);
  }

  private long count(String sql, long listId) {
    return ((Number) entityManager.createNativeQuery(sql).setParameter(1, listId).getSingleResult())
        .longValue();
  }
}

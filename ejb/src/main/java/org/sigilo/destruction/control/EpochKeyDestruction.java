package org.sigilo.destruction.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.crypto.control.EpochKeys;
import org.sigilo.crypto.entity.KeyEncryptionKey;
import org.sigilo.destruction.entity.DestructionRun;

/**
 * The step after a run's records: the key-encryption key of each month the run destroyed records of
 * is destroyed too once no record is left under it ({@link EpochKeys#destroyUnused}), so the
 * database's older copies of those records (WAL, replicas, backups) become unreadable with it.
 */
@Stateless
@PermitAll // called by batch artifacts, which run without a caller; the job boundary checks roles
public class EpochKeyDestruction {

  @Inject EntityManager entityManager;
  @Inject EpochKeys epochKeys;
  @EJB AuditEvents auditEvents;

  /**
   * Destroys each key-encryption key of the run's epochs that no data key refers to any more; a key
   * still protecting a record (held, excluded, failed, or not yet due) stays. Answers the epochs
   * whose keys this run destroyed, this call and before.
   */
  public List<String> destroyEpochKeys(long runId) {
    DestructionRun run = entityManager.find(DestructionRun.class, runId);
    TreeSet<String> destroyedEpochs = new TreeSet<>();
    if (run.epochKeysDestroyed() != null && !run.epochKeysDestroyed().isBlank()) {
      destroyedEpochs.addAll(List.of(run.epochKeysDestroyed().split(",")));
    }
    @SuppressWarnings("unchecked")
    List<String> epochs =
        entityManager
            .createNativeQuery(
                "SELECT DISTINCT key_epoch FROM tombstone WHERE run_id = ? AND key_epoch <> ?")
            .setParameter(1, runId)
            .setParameter(2, KeyEncryptionKey.PENDING)
            .getResultList();
    Instant now = Instant.now();
    for (String epoch : epochs) {
      if (epochKeys.destroyUnused(epoch, now)) {
        destroyedEpochs.add(epoch);
        auditEvents.record(
            DestructionRuns.ACTOR,
            "epoch-key-destroyed",
            "key-epoch:" + epoch,
            Outcome.SUCCESS,
            "run " + runId + ": no record remains under it");
      }
    }
    run.epochKeysDestroyed(String.join(",", destroyedEpochs));
    return List.copyOf(destroyedEpochs);
  }
}

package org.sigilo.crypto.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/**
 * The destruction of a disposition month's key-encryption key once no data key is under it any
 * more: the database's older copies of that month's records (WAL, replicas, backups) become
 * unreadable with it. Runs in the caller's transaction; checks no roles, the job's boundary does.
 */
@ApplicationScoped
public class EpochKeys {

  @Inject EntityManager entityManager;
  @EJB MasterKeys masterKeys;

  /**
   * Destroys the live keys of an epoch that no data key refers to; a key still protecting a record
   * (held, excluded, failed, or not yet due) stays. Answers whether a key was destroyed.
   */
  public boolean destroyUnused(String epoch, Instant now) {
    // Lock the epoch's live keys first (waiting for any transaction wrapping under them), so the
    // check below, a statement of its own, sees every data key committed meanwhile.
    entityManager
        .createNativeQuery(
            "SELECT id FROM key_encryption_key WHERE epoch = ? AND destroyed_at IS NULL"
                + " FOR UPDATE")
        .setParameter(1, epoch)
        .getResultList();
    int destroyed =
        entityManager
            .createNativeQuery(
                "UPDATE key_encryption_key SET wrapped_key = NULL, destroyed_at = ?"
                    + " WHERE epoch = ? AND destroyed_at IS NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM record_data_key d WHERE d.kek_id = key_encryption_key.id)")
            .setParameter(1, now)
            .setParameter(2, epoch)
            .executeUpdate();
    if (destroyed > 0) {
      masterKeys.forgetEpochKey(epoch);
    }
    return destroyed > 0;
  }
}

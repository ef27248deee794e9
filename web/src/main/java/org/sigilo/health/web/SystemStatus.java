package org.sigilo.health.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.sigilo.health.boundary.ArchiveHealth;
import org.sigilo.health.boundary.ArchiveVolume;
import org.sigilo.health.boundary.DatabaseHealth;
import org.sigilo.jobs.boundary.Jobs;

/**
 * Backs {@code admin/system-status.xhtml} (as {@code #{systemStatus}}), and answers {@code GET
 * /api/health} ({@link HealthResource}) from the same figures: asks each part once per request, so
 * that a page and a probe never disagree about what they were told.
 */
@Named
@RequestScoped
public class SystemStatus {

  @EJB DatabaseHealth databaseHealth;
  @EJB Jobs jobs;
  @EJB ArchiveHealth archiveHealth;

  private Status status;
  private ArchiveVolume archive;

  /** UP only when every part is up. */
  public record Status(String status, String database, String batchRuntime) {
    public boolean up() {
      return "UP".equals(status);
    }
  }

  public Status getStatus() {
    if (status == null) {
      boolean database = databaseHealth.isUp();
      boolean batch = jobs.isRuntimeUp();
      status = new Status(upOrDown(database && batch), upOrDown(database), upOrDown(batch));
    }
    return status;
  }

  /** The archive volume's room (admins only: the status page is theirs). */
  public ArchiveVolume getArchive() {
    if (archive == null) {
      archive = archiveHealth.volume();
    }
    return archive;
  }

  private static String upOrDown(boolean up) {
    return up ? "UP" : "DOWN";
  }
}

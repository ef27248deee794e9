package org.sigilo.jobs.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sigilo.jobs.boundary.JobRun;
import org.sigilo.jobs.boundary.Jobs;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Refusals;

/**
 * Backs {@code jobs/jobs.xhtml}: start a retention sweep, follow executions (refreshed every few
 * seconds while one runs, with each partition's progress), stop and restart them.
 */
@Named
@ViewScoped
public class JobsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Jobs jobs;
  @Inject FacesContext faces;

  private String partitions;
  private String threads;
  private String dueOnOrBefore;
  private Long selected;
  private transient List<JobRun> runs;

  public List<JobRun> getRuns() {
    if (runs == null) {
      runs = jobs.recent(20);
    }
    return runs;
  }

  /**
   * The execution whose details are shown: the chosen one, else the newest sweep or destruction.
   */
  public JobRun getFocus() {
    return getRuns().stream()
        .filter(
            run ->
                selected == null ? run.dispositionListId() != null : run.executionId() == selected)
        .findFirst()
        .orElse(null);
  }

  /**
   * Whether the user may stop or restart it: sweeps for records managers, destructions for legal.
   */
  public boolean mayOperate(JobRun run) {
    var external = faces.getExternalContext();
    if (external.isUserInRole("admin")) {
      return true;
    }
    return switch (run.jobName()) {
      case Jobs.RETENTION_SWEEP -> external.isUserInRole("records-manager");
      case Jobs.RECORDS_DESTRUCTION -> external.isUserInRole("legal");
      default -> false;
    };
  }

  public Long getSelected() {
    return selected;
  }

  public void setSelected(Long selected) {
    this.selected = selected;
  }

  public boolean isAnyRunning() {
    return getRuns().stream().anyMatch(JobRun::running);
  }

  public String getSchedule() {
    return jobs.sweepSchedule();
  }

  public void startSweep() {
    try {
      long execution = jobs.startRetentionSweep(partitions, threads, null, dueOnOrBefore);
      selected = execution;
      Refusals.done(
          faces,
          "Retention sweep started (execution "
              + execution
              + "). Its progress shows below; the list it makes appears under Disposition lists.");
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
    runs = null;
  }

  public void stop(long executionId) {
    try {
      jobs.stop(executionId);
      Refusals.done(
          faces, "Execution " + executionId + " stops after its current chunk; restart it later.");
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
    runs = null;
  }

  public void restart(long executionId) {
    try {
      long execution = jobs.restart(executionId);
      selected = execution;
      Refusals.done(
          faces,
          "Execution "
              + executionId
              + " restarted as execution "
              + execution
              + "; it continues where it left off.");
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
    runs = null;
  }

  public void select(long executionId) {
    selected = executionId;
    runs = null;
  }

  /** p:poll: read the executions again. */
  public void refresh() {
    runs = null;
  }

  public String getPartitions() {
    return partitions;
  }

  public void setPartitions(String partitions) {
    this.partitions = partitions;
  }

  public String getThreads() {
    return threads;
  }

  public void setThreads(String threads) {
    this.threads = threads;
  }

  public String getDueOnOrBefore() {
    return dueOnOrBefore;
  }

  public void setDueOnOrBefore(String dueOnOrBefore) {
    this.dueOnOrBefore = dueOnOrBefore;
  }
}

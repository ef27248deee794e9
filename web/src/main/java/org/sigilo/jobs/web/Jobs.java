package org.sigilo.jobs.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sigilo.destruction.boundary.RunView;
import org.sigilo.jobs.boundary.JobExecutions;
import org.sigilo.jobs.boundary.JobRun;
import org.sigilo.jobs.boundary.NightlyJobs;
import org.sigilo.jobs.boundary.PartitionProgress;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.portal.web.Formats;
import org.sigilo.portal.web.MessageBundle;
import org.sigilo.portal.web.Refusals;

/**
 * Backs {@code jobs/jobs.xhtml}: start a retention sweep, follow executions (refreshed every few
 * seconds while one runs, with each partition's progress in percent and in records), stop and
 * restart them. Texts with numbers in attributes (a progress bar's spoken label, a confirmation's
 * question) are built here, since an attribute cannot hold an {@code h:outputFormat}.
 */
@Named
@ViewScoped
public class Jobs implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB org.sigilo.jobs.boundary.Jobs jobs; // named like this page, as pages' beans are
  @EJB JobExecutions executions;
  @EJB NightlyJobs nightly;
  @Inject FacesContext faces;
  @Inject Formats formats;

  private String partitions;
  private String threads;
  private String dueOnOrBefore;
  private Long selected;
  private transient List<JobRun> runs;

  public List<JobRun> getRuns() {
    if (runs == null) {
      runs = executions.recent(20);
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
      case org.sigilo.jobs.boundary.Jobs.RETENTION_SWEEP ->
          external.isUserInRole("records-manager");
      case org.sigilo.jobs.boundary.Jobs.RECORDS_DESTRUCTION -> external.isUserInRole("legal");
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
    return nightly.sweepSchedule();
  }

  public void startSweep() {
    try {
      long execution = jobs.startRetentionSweep(partitions, threads, null, dueOnOrBefore);
      selected = execution;
      Refusals.done(faces, MessageBundle.text("jobs.sweep.started", String.valueOf(execution)));
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
    runs = null;
  }

  public void stop(long executionId) {
    try {
      jobs.stop(executionId);
      Refusals.done(faces, MessageBundle.text("jobs.stopping", String.valueOf(executionId)));
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
          MessageBundle.text(
              "jobs.restarted", String.valueOf(executionId), String.valueOf(execution)));
    } catch (Refusal refusal) {
      Refusals.show(faces, refusal);
    }
    runs = null;
  }

  public void select(long executionId) {
    selected = executionId;
    runs = null;
  }

  /** The status as people read it; one a stopped server left running says to restart it. */
  public String status(JobRun run) {
    String status = formats.label("jobs.status", run.batchStatus());
    return run.interrupted() ? MessageBundle.text("jobs.status.interrupted", status) : status;
  }

  /** How far it got in records, next to its progress bar; null when that is not known. */
  public String counts(JobRun run) {
    if (run.destruction() != null) {
      RunView destruction = run.destruction();
      return MessageBundle.text(
          "jobs.progress.destruction.counts",
          formats.number(destruction.total() - destruction.pending()),
          formats.number(destruction.total()));
    }
    if (run.partitions() == null || run.partitions().isEmpty()) {
      return null;
    }
    long total = run.partitions().stream().mapToLong(PartitionProgress::total).sum();
    long read = run.partitions().stream().mapToLong(PartitionProgress::read).sum();
    return MessageBundle.text(
        "jobs.progress.sweep.counts", formats.number(read), formats.number(total));
  }

  /** The spoken label of an execution's progress bar. */
  public String progressLabel(JobRun run) {
    String counts = counts(run);
    return counts == null
        ? MessageBundle.text(
            "jobs.progress.label.no-counts", String.valueOf(run.executionId()), run.percent())
        : MessageBundle.text(
            "jobs.progress.label", String.valueOf(run.executionId()), run.percent(), counts);
  }

  /** The spoken label of a partition's progress bar. */
  public String partitionLabel(PartitionProgress partition) {
    return MessageBundle.text(
        "jobs.partition.progress.label", partition.partition() + 1, partition.percent());
  }

  /** The spoken label of a destruction's progress bar. */
  public String destructionLabel(RunView destruction) {
    return MessageBundle.text("jobs.destruction.progress.label", destruction.percent());
  }

  public String stopQuestion(JobRun run) {
    return MessageBundle.text("jobs.stop.confirm.header", String.valueOf(run.executionId()));
  }

  public String restartQuestion(JobRun run) {
    return MessageBundle.text("jobs.restart.confirm.header", String.valueOf(run.executionId()));
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

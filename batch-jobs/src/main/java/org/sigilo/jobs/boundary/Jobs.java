package org.sigilo.jobs.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.calls.batch.LoadParameters;
import org.sigilo.destruction.batch.DestructionParameters;
import org.sigilo.destruction.boundary.Destructions;
import org.sigilo.destruction.entity.RunStatus;
import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;
import org.sigilo.retention.batch.SweepParameters;
import org.sigilo.retention.boundary.Sweeps;
import org.sigilo.users.entity.Role;

/**
 * Starting, stopping and restarting Sigilo's batch jobs, so that no other bean talks to {@link
 * BatchRuntime} to change what runs: each start audited with who asked. Following executions is
 * {@link JobExecutions}; the nightly schedule is {@link NightlyJobs}.
 *
 * <p>A singleton so that the check "is a sweep running?" and the start that follows it happen under
 * one write lock: two requests (or a request and the scheduler) cannot both pass the check. Starts
 * run without a container transaction: the batch runtime commits the start in its own, and the
 * audit record of who asked is committed before it (see {@link #start}).
 *
 * <p>Only one sweep or destruction runs at a time: a sweep moves data keys to the key of their
 * month while a destruction may destroy that month's key once no record is left under it; run
 * together, a key could be moved under a key being destroyed.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Jobs {

  public static final String LOAD_SYNTHETIC_CALLS = "load-synthetic-calls";
  public static final String RETENTION_SWEEP = "retention-sweep";
  public static final String RECORDS_DESTRUCTION = "records-destruction";

  /** Sigilo's jobs, for lists of executions. */
  public static final List<String> NAMES =
      List.of(RETENTION_SWEEP, RECORDS_DESTRUCTION, LOAD_SYNTHETIC_CALLS);

  /** Who the audit trail names for what the schedule starts. */
  static final String SCHEDULER = "system:scheduler";

  @Inject Logger log;
  @EJB AuditEvents auditEvents;
  @EJB Sweeps sweeps;
  @EJB Destructions destructions;
  @EJB JobExecutions executions;
  @Resource SessionContext session;

  /**
   * Whether the batch runtime and its JDBC job repository answer: listing job names reads the
   * repository, so a missing or unreachable repository shows up here.
   */
  @PermitAll
  @Lock(LockType.READ)
  public boolean isRuntimeUp() {
    try {
      BatchRuntime.getJobOperator().getJobNames();
      return true;
    } catch (RuntimeException e) {
      log.log(Level.WARNING, "Batch runtime is not answering", e);
      return false;
    }
  }

  /** Starts loading {@code count} synthetic calls (1 to 1,000,000); answers the execution id. */
  @RolesAllowed(Role.ADMIN_CODE)
  public long loadSyntheticCalls(String count, String seed) {
    LoadParameters parameters;
    try {
      parameters = LoadParameters.parse(count, seed);
    } catch (InvalidValueException e) {
      throw new InvalidJobRequest(e.explanation());
    }
    return start(LOAD_SYNTHETIC_CALLS, parameters.toJobParameters(), caller());
  }

  /**
   * Starts a retention sweep; blanks take the defaults (partitions twice the cores, a thread per
   * core, 1,000 records per chunk, due by today). Refused while another sweep runs.
   */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.ADMIN_CODE})
  public long startRetentionSweep(
      String partitions, String threads, String chunkSize, String dueOnOrBefore) {
    SweepParameters parameters;
    try {
      parameters = SweepParameters.parse(partitions, threads, chunkSize, dueOnOrBefore);
    } catch (InvalidValueException e) {
      throw new InvalidJobRequest(e.explanation());
    }
    return start(RETENTION_SWEEP, parameters.toJobParameters(caller()), caller());
  }

  /**
   * Starts destroying an approved disposition list (or the records a partly destroyed one could not
   * destroy before); blanks take the defaults. Refused unless the list is approved, and while a
   * sweep or another destruction runs.
   */
  @RolesAllowed({Role.LEGAL_CODE, Role.ADMIN_CODE})
  public long startDestruction(String listId, String partitions, String chunkSize, String passes) {
    DestructionParameters parameters;
    try {
      parameters = DestructionParameters.parse(listId, partitions, chunkSize, passes);
    } catch (InvalidValueException e) {
      throw new InvalidJobRequest(e.explanation());
    }
    destructions.requireDestroyable(parameters.listId());
    return start(RECORDS_DESTRUCTION, parameters.toJobParameters(caller()), caller());
  }

  /** Asks a running execution to stop after its current chunk. */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.ADMIN_CODE})
  public JobRun stop(long executionId) {
    JobRun run = executions.execution(executionId);
    mayOperate(run);
    try {
      BatchRuntime.getJobOperator().stop(executionId);
    } catch (JobExecutionNotRunningException e) {
      throw new JobConflict(Message.of("refusal.jobs.not-running", executionId, run.batchStatus()));
    }
    auditEvents.recordIndependently(
        caller(),
        "job-stop-requested",
        "job:" + run.jobName(),
        Outcome.SUCCESS,
        "execution " + executionId);
    return executions.execution(executionId);
  }

  /**
   * Restarts a failed or stopped execution where it left off, or one a stopped server left running
   * (the batch runtime marks it failed first: it is not running here); answers the new execution's
   * id. Refused while another sweep or destruction runs.
   */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.ADMIN_CODE})
  public long restart(long executionId) {
    JobRun run = executions.execution(executionId);
    mayOperate(run);
    if (run.destruction() != null
        && !RunStatus.DESTROYING.name().equals(run.destruction().status())) {
      throw new JobConflict(
          Message.of(
              "refusal.jobs.destruction-finished",
              run.destruction().runId(),
              run.destruction().status(),
              run.destruction().listId()));
    }
    if (!run.restartable()) {
      throw new JobConflict(
          Message.of("refusal.jobs.not-restartable", executionId, run.batchStatus()));
    }
    if (RECORDS_DESTRUCTION.equals(run.jobName())) {
      refuseWhileRunning();
    }
    if (RETENTION_SWEEP.equals(run.jobName())) {
      refuseWhileRunning();
      if (run.dispositionListId() != null && !sweeps.isSweeping(run.dispositionListId())) {
        throw new JobConflict(
            Message.of("refusal.jobs.sweep-replaced", run.dispositionListId(), executionId));
      }
    }
    auditEvents.recordIndependently(
        caller(),
        "job-restart-requested",
        "job:" + run.jobName(),
        Outcome.SUCCESS,
        "execution " + executionId);
    try {
      long restarted = BatchRuntime.getJobOperator().restart(executionId, new Properties());
      executions.startedHere(restarted);
      return restarted;
    } catch (JobExecutionAlreadyCompleteException e) {
      throw new JobConflict(Message.of("refusal.jobs.completed", executionId));
    } catch (JobExecutionNotMostRecentException e) {
      throw new JobConflict(Message.of("refusal.jobs.not-latest", executionId));
    } catch (JobRestartException e) {
      throw new JobConflict(
          Message.of("refusal.jobs.cannot-restart", executionId, run.batchStatus()));
    }
  }

  /**
   * Audits the request in its own transaction first (the batch runtime commits the start in one of
   * its own, so a job never runs without a record of who asked), then starts the job.
   */
  private long start(String job, Properties parameters, String requestedBy) {
    if (RETENTION_SWEEP.equals(job) || RECORDS_DESTRUCTION.equals(job)) {
      refuseWhileRunning();
    }
    auditEvents.recordIndependently(
        requestedBy, "job-requested", "job:" + job, Outcome.SUCCESS, parameters.toString());
    long execution = BatchRuntime.getJobOperator().start(job, parameters);
    executions.startedHere(execution);
    return execution;
  }

  /**
   * Refuses while an execution of the sweep or of a destruction that this server started is
   * starting, running or stopping (see {@link JobExecutions#runningHere}).
   */
  @PermitAll // the schedule asks too; it refuses, and changes nothing
  public void refuseWhileRunning() {
    for (String job : List.of(RETENTION_SWEEP, RECORDS_DESTRUCTION)) {
      Optional<JobRun> running = executions.runningHere(job);
      if (running.isPresent()) {
        throw new JobConflict(
            Message.of(
                RETENTION_SWEEP.equals(job)
                    ? "refusal.jobs.sweep-running"
                    : "refusal.jobs.destruction-running",
                running.get().executionId(),
                running.get().batchStatus()));
      }
    }
  }

  /** The nightly sweep: with the defaults, listing what is due by today. */
  @PermitAll // the schedule's timer, which has no caller
  public long startNightlySweep() {
    return start(
        RETENTION_SWEEP,
        SweepParameters.parse(null, null, null, null).toJobParameters(SCHEDULER),
        SCHEDULER);
  }

  /** The nightly destruction of an approved list, with the defaults. */
  @PermitAll // the schedule's timer, which has no caller
  public long startNightlyDestruction(long listId) {
    return start(
        RECORDS_DESTRUCTION,
        DestructionParameters.parse(Long.toString(listId), null, null, null)
            .toJobParameters(SCHEDULER),
        SCHEDULER);
  }

  /**
   * Records managers operate sweeps, legal operates destructions; loading synthetic data is for
   * admins only (who may operate every job).
   */
  private void mayOperate(JobRun run) {
    if (session.isCallerInRole(Role.ADMIN_CODE)) {
      return;
    }
    if (RETENTION_SWEEP.equals(run.jobName())) {
      if (!session.isCallerInRole(Role.RECORDS_MANAGER_CODE)) {
        throw new NotYourJob(Message.of("refusal.jobs.sweep-operators"));
      }
    } else if (RECORDS_DESTRUCTION.equals(run.jobName())) {
      if (!session.isCallerInRole(Role.LEGAL_CODE)) {
        throw new NotYourJob(Message.of("refusal.jobs.destruction-operators"));
      }
    } else {
      throw new NotYourJob(Message.of("refusal.jobs.admin-only", run.jobName()));
    }
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}

package org.sigilo.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobExecutionNotRunningException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.calls.batch.LoadParameters;
import org.sigilo.destruction.batch.DestructionParameters;
import org.sigilo.destruction.boundary.Destructions;
import org.sigilo.destruction.boundary.RunView;
import org.sigilo.jobs.control.ExecutionEnds;
import org.sigilo.platform.control.Settings;
import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;
import org.sigilo.retention.batch.SweepParameters;
import org.sigilo.retention.control.DispositionSweep;
import org.sigilo.retention.entity.SweepPartition;
import org.sigilo.users.entity.Role;

/**
 * Sigilo's batch jobs as one boundary, so that no other bean talks to {@link BatchRuntime}
 * directly: starting (audited with who asked), stopping, restarting and following executions, and
 * the nightly retention sweep and destruction of approved lists.
 *
 * <p>A singleton so that the check "is a sweep running?" and the start that follows it happen under
 * one write lock: two requests (or a request and the scheduler) cannot both pass the check. Starts
 * run without a container transaction: the batch runtime commits the start in its own, and the
 * audit record of who asked is committed before it (see {@link #start}).
 *
 * <p>Schedules: {@code sigilo.retention-sweep.at} / {@code SIGILO_RETENTION_SWEEP_AT}, a time of
 * day in UTC ({@code 02:00} by default) or {@code off}; {@code sigilo.destruction.at} / {@code
 * SIGILO_DESTRUCTION_AT} ({@code 03:00} by default, or {@code off}) destroys the approved lists,
 * oldest first, one after another. The timers are not persistent: a night missed while the server
 * was down is not made up twice, the next night covers it.
 *
 * <p>Only one sweep or destruction runs at a time: a sweep moves data keys to the key of their
 * month while a destruction may destroy that month's key once no record is left under it; run
 * together, a key could be moved under a key being destroyed.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Jobs {

  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());
  public static final String LOAD_SYNTHETIC_CALLS = "load-synthetic-calls";
  public static final String RETENTION_SWEEP = "retention-sweep";
  public static final String RECORDS_DESTRUCTION = "records-destruction";

  /** Timer info of the pause between two scheduled destructions. */
  private static final String NEXT_DESTRUCTION = "next-destruction";

  static final String SCHEDULER = "system:scheduler";
  private static final Pattern TIME_OF_DAY = Pattern.compile("([01]?\\d|2[0-3]):([0-5]\\d)");

  @EJB AuditEvents auditEvents;
  @EJB DispositionSweep sweep;
  @EJB Destructions destructions;
  @EJB ExecutionEnds ends;
  @Resource SessionContext session;
  @Resource TimerService timers;

  private String scheduledAt;
  private String destructionAt;

  /** The list the scheduler started destroying last tonight (see {@link #scheduledDestruction}). */
  private Long scheduledList;

  /**
   * Executions this server started or restarted since it booted. One left STARTED in the repository
   * by a server that stopped (crashed or killed) is not running any more, and must not block sweeps
   * forever; only these count as running.
   */
  private final Set<Long> startedHere = ConcurrentHashMap.newKeySet();

  @PostConstruct
  void schedule() {
    String at =
        Settings.value("sigilo.retention-sweep.at", "SIGILO_RETENTION_SWEEP_AT").orElse("02:00");
    Optional<ScheduleExpression> nightly = nightly("sigilo.retention-sweep.at", at);
    if (nightly.isEmpty()) {
      LOG.info("The nightly retention sweep is off (sigilo.retention-sweep.at=off)");
    } else {
      timers.createCalendarTimer(nightly.get(), new TimerConfig(RETENTION_SWEEP, false));
      scheduledAt = at.trim() + " UTC";
      LOG.info("The retention sweep runs every day at " + scheduledAt);
    }
    String destroyAt =
        Settings.value("sigilo.destruction.at", "SIGILO_DESTRUCTION_AT").orElse("03:00");
    Optional<ScheduleExpression> destruction = nightly("sigilo.destruction.at", destroyAt);
    if (destruction.isEmpty()) {
      LOG.info("Scheduled destruction of approved lists is off (sigilo.destruction.at=off)");
    } else {
      timers.createCalendarTimer(destruction.get(), new TimerConfig(RECORDS_DESTRUCTION, false));
      destructionAt = destroyAt.trim() + " UTC";
      LOG.info("Approved disposition lists are destroyed every day from " + destructionAt);
    }
  }

  /**
   * Every day at a time of day in UTC ({@code 02:00}), or empty for {@code off}; anything else
   * stops the deployment with a sentence saying what to write.
   */
  static Optional<ScheduleExpression> nightly(String setting, String at) {
    String value = at == null ? "" : at.trim();
    if ("off".equalsIgnoreCase(value)) {
      return Optional.empty();
    }
    Matcher time = TIME_OF_DAY.matcher(value);
    if (!time.matches()) {
      throw new IllegalStateException(
          setting + " is a time of day in UTC such as 02:00, or off; not '" + at + "'.");
    }
    return Optional.of(
        new ScheduleExpression()
            .hour(Integer.parseInt(time.group(1)))
            .minute(Integer.parseInt(time.group(2)))
            .timezone("UTC"));
  }

  /** When the sweep runs by itself, for the jobs page; null when the schedule is off. */
  @PermitAll
  @Lock(LockType.READ)
  public String sweepSchedule() {
    return scheduledAt;
  }

  /** When approved lists are destroyed by themselves; null when that schedule is off. */
  @PermitAll
  @Lock(LockType.READ)
  public String destructionSchedule() {
    return destructionAt;
  }

  @Timeout
  void timeout(jakarta.ejb.Timer timer) {
    if (RETENTION_SWEEP.equals(timer.getInfo())) {
      scheduledSweep();
    } else {
      scheduledDestruction(RECORDS_DESTRUCTION.equals(timer.getInfo()));
    }
  }

  /**
   * Destroys the oldest approved list, then comes back every minute for the next one until none is
   * left: lists are destroyed one after another, never side by side. A list still approved when the
   * scheduler comes back after starting it did not get as far as destroying (its job failed at the
   * start): the chain stops there for tonight, since the same start would fail again, and a person
   * must look (the job's execution and the audit trail say why).
   */
  private void scheduledDestruction(boolean nightly) {
    if (nightly) {
      scheduledList = null;
    }
    Optional<Long> next = destructions.nextApprovedList();
    if (next.isEmpty()) {
      return;
    }
    try {
      if (next.get().equals(scheduledList)) {
        refuseWhileRunning(); // still starting: wait for it
        LOG.severe(
            "Scheduled destruction stops for tonight: disposition list "
                + scheduledList
                + " is still approved after its destruction was started; see its execution.");
        auditEvents.recordIndependently(
            SCHEDULER,
            "job-requested",
            "job:" + RECORDS_DESTRUCTION,
            Outcome.FAILURE,
            "disposition list " + scheduledList + " could not be destroyed; stopped for tonight");
        return;
      }
      start(
          RECORDS_DESTRUCTION,
          DestructionParameters.parse(next.get().toString(), null, null, null)
              .toJobParameters(SCHEDULER),
          SCHEDULER);
      scheduledList = next.get();
    } catch (JobConflict e) {
      LOG.info("Scheduled destruction waits: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Scheduled destruction of list " + next.get() + " could not start", e);
      auditEvents.recordIndependently(
          SCHEDULER,
          "job-requested",
          "job:" + RECORDS_DESTRUCTION,
          Outcome.FAILURE,
          "disposition list " + next.get() + ": " + e.getMessage());
      return; // not again tonight: a list that cannot start needs a person
    }
    timers.createSingleActionTimer(60_000, new TimerConfig(NEXT_DESTRUCTION, false));
  }

  /** The nightly sweep: with the defaults, listing what is due by today. */
  private void scheduledSweep() {
    try {
      start(
          RETENTION_SWEEP,
          SweepParameters.parse(null, null, null, null).toJobParameters(SCHEDULER),
          SCHEDULER);
    } catch (JobConflict e) {
      LOG.warning("Nightly retention sweep not started: " + e.getMessage());
      auditEvents.recordIndependently(
          SCHEDULER, "job-requested", "job:" + RETENTION_SWEEP, Outcome.DENIED, e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Nightly retention sweep could not start", e);
    }
  }

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
      LOG.log(Level.WARNING, "Batch runtime is not answering", e);
      return false;
    }
  }

  /** Starts loading {@code count} synthetic calls (1 to 1,000,000); answers the execution id. */
  @RolesAllowed(Role.ADMIN_CODE)
  public long loadSyntheticCalls(String count, String seed) {
    Properties parameters = new Properties();
    try {
      parameters.setProperty(
          "count",
          Integer.toString(LoadParameters.whole("count", count, 1, LoadParameters.MAX_COUNT)));
      parameters.setProperty(
          "seed",
          Integer.toString(
              LoadParameters.whole("seed", seed == null ? "1" : seed, 0, Integer.MAX_VALUE)));
    } catch (InvalidValueException e) {
      throw new InvalidJobRequest(e.explanation());
    }
    return start(LOAD_SYNTHETIC_CALLS, parameters, caller());
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
    JobRun run = execution(executionId);
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
    return execution(executionId);
  }

  /**
   * Restarts a failed or stopped execution where it left off, or one a stopped server left running
   * (the batch runtime marks it failed first: it is not running here); answers the new execution's
   * id. Refused while another sweep or destruction runs.
   */
  @RolesAllowed({Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.ADMIN_CODE})
  public long restart(long executionId) {
    JobRun run = execution(executionId);
    mayOperate(run);
    if (run.destruction() != null && !"DESTROYING".equals(run.destruction().status())) {
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
      if (run.dispositionListId() != null && !sweep.isSweeping(run.dispositionListId())) {
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
      startedHere.add(restarted);
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

  /** An execution with its summed step metrics (and a sweep's progress per partition). */
  @RolesAllowed({Role.ADMIN_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  @Lock(LockType.READ)
  public JobRun execution(long executionId) {
    ends.writeNow(); // the repository says what is shown, once the database answers
    JobOperator operator = BatchRuntime.getJobOperator();
    try {
      return run(operator, operator.getJobExecution(executionId));
    } catch (NoSuchJobExecutionException e) {
      throw new JobRunNotFound(executionId);
    }
  }

  /** The newest executions of Sigilo's jobs, newest first. */
  @RolesAllowed({Role.ADMIN_CODE, Role.RECORDS_MANAGER_CODE, Role.LEGAL_CODE, Role.AUDITOR_CODE})
  @Lock(LockType.READ)
  public List<JobRun> recent(int max) {
    ends.writeNow();
    JobOperator operator = BatchRuntime.getJobOperator();
    List<JobExecution> executions = new ArrayList<>();
    for (String job : List.of(RETENTION_SWEEP, RECORDS_DESTRUCTION, LOAD_SYNTHETIC_CALLS)) {
      try {
        for (JobInstance instance : operator.getJobInstances(job, 0, max)) {
          executions.addAll(operator.getJobExecutions(instance));
        }
      } catch (NoSuchJobException e) {
        // never run yet
      }
    }
    return executions.stream()
        .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
        .limit(max)
        .map(execution -> run(operator, execution))
        .toList();
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
    startedHere.add(execution);
    return execution;
  }

  /**
   * Refuses while an execution of the sweep or of a destruction is starting, running or stopping.
   * Reads the statuses of the executions this server started from the job repository, so one
   * started a moment ago counts too; one this server did not start is a leftover of a server that
   * stopped (see {@link #startedHere}).
   */
  private void refuseWhileRunning() {
    JobOperator operator = BatchRuntime.getJobOperator();
    for (String job : List.of(RETENTION_SWEEP, RECORDS_DESTRUCTION)) {
      refuseWhileRunning(operator, job);
    }
  }

  private void refuseWhileRunning(JobOperator operator, String job) {
    // Only executions this server started count (see startedHere): one left STARTED in the
    // repository by a server that stopped is not running any more, whatever its age.
    for (long executionId : startedHere) {
      JobExecution execution;
      try {
        execution = operator.getJobExecution(executionId);
      } catch (NoSuchJobExecutionException e) {
        continue;
      }
      BatchStatus status = execution.getBatchStatus();
      boolean unfinished =
          status == BatchStatus.STARTING
              || status == BatchStatus.STARTED
              || status == BatchStatus.STOPPING;
      if (unfinished && job.equals(execution.getJobName())) {
        throw new JobConflict(
            Message.of(
                RETENTION_SWEEP.equals(job)
                    ? "refusal.jobs.sweep-running"
                    : "refusal.jobs.destruction-running",
                executionId,
                status));
      }
    }
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

  private JobRun run(JobOperator operator, JobExecution execution) {
    long executionId = execution.getExecutionId();
    // The execution is the batch runtime's live object: read what it says once, before the run and
    // list it drives. Read afterwards, a job that ended in between would be shown COMPLETED beside
    // a run read while it was still DESTROYING. Read first, a finished status comes with what its
    // steps committed before it.
    BatchStatus status = execution.getBatchStatus();
    String exitStatus = execution.getExitStatus();
    Instant startedAt = instant(execution.getStartTime());
    Instant endedAt = instant(execution.getEndTime());
    Map<String, Long> metrics = new TreeMap<>();
    for (StepExecution step : operator.getStepExecutions(executionId)) {
      for (Metric metric : step.getMetrics()) {
        metrics.merge(metric.getType().name(), metric.getValue(), Long::sum);
      }
    }
    Long listId = null;
    List<PartitionProgress> partitions = List.of();
    if (RETENTION_SWEEP.equals(execution.getJobName())) {
      long instanceId = operator.getJobInstance(executionId).getInstanceId();
      listId = sweep.findListOf(instanceId).orElse(null);
      if (listId != null) {
        partitions =
            sweep.partitions(listId).stream()
                .map(
                    (SweepPartition p) ->
                        new PartitionProgress(
                            p.partitionNo(),
                            p.firstId(),
                            p.lastId(),
                            p.total(),
                            p.readCount(),
                            p.writeCount(),
                            p.commitCount()))
                .toList();
      }
    }
    RunView destruction = null;
    if (RECORDS_DESTRUCTION.equals(execution.getJobName())) {
      destruction =
          destructions
              .runOfJobInstance(operator.getJobInstance(executionId).getInstanceId())
              .orElse(null);
      listId = destruction == null ? null : destruction.listId();
    }
    boolean interrupted =
        (status == BatchStatus.STARTING
                || status == BatchStatus.STARTED
                || status == BatchStatus.STOPPING)
            && !startedHere.contains(executionId);
    return new JobRun(
        executionId,
        execution.getJobName(),
        status.name(),
        exitStatus,
        startedAt,
        endedAt,
        metrics,
        listId,
        partitions,
        destruction,
        interrupted);
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}

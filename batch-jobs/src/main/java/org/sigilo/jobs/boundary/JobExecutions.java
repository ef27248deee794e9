package org.sigilo.jobs.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.operations.JobOperator;
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
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.sigilo.destruction.boundary.Destructions;
import org.sigilo.destruction.boundary.RunView;
import org.sigilo.jobs.control.ExecutionEnds;
import org.sigilo.jobs.control.Unfinished;
import org.sigilo.retention.boundary.SweepView;
import org.sigilo.retention.boundary.Sweeps;
import org.sigilo.users.entity.Role;

/**
 * Executions of Sigilo's jobs as people follow them: one, or the newest, each with its summed step
 * metrics, a sweep's list and partitions (asked of {@link Sweeps}) and a destruction's run (asked
 * of {@link Destructions}).
 *
 * <p>Also remembers which executions this server started or restarted since it booted ({@link
 * #startedHere}). One left STARTED in the repository by a server that stopped (crashed or killed)
 * is not running any more: it is shown interrupted and can be restarted, and it must not block
 * sweeps forever; only executions started here count as running.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobExecutions {

  @EJB Destructions destructions;
  @EJB Sweeps sweeps;
  @EJB ExecutionEnds ends;

  private final Set<Long> startedHere = ConcurrentHashMap.newKeySet();

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
    for (String job : Jobs.NAMES) {
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

  /** Notes an execution this server just started or restarted. */
  @PermitAll // the job boundary, which checked roles
  @Lock(LockType.READ)
  public void startedHere(long executionId) {
    startedHere.add(executionId);
  }

  /**
   * An execution of the job this server started that is starting, running or stopping, with its
   * status; read from the job repository, so one started a moment ago counts too.
   */
  @PermitAll // the job boundary, which checked roles
  @Lock(LockType.READ)
  public Optional<JobRun> runningHere(String job) {
    JobOperator operator = BatchRuntime.getJobOperator();
    for (long executionId : startedHere) {
      JobExecution execution;
      try {
        execution = operator.getJobExecution(executionId);
      } catch (NoSuchJobExecutionException e) {
        continue;
      }
      if (job.equals(execution.getJobName()) && Unfinished.is(execution.getBatchStatus())) {
        return Optional.of(run(operator, execution));
      }
    }
    return Optional.empty();
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
    if (Jobs.RETENTION_SWEEP.equals(execution.getJobName())) {
      Optional<SweepView> sweep =
          sweeps.ofJobInstance(operator.getJobInstance(executionId).getInstanceId());
      if (sweep.isPresent()) {
        listId = sweep.get().listId();
        partitions = sweep.get().partitions().stream().map(PartitionProgress::of).toList();
      }
    }
    RunView destruction = null;
    if (Jobs.RECORDS_DESTRUCTION.equals(execution.getJobName())) {
      destruction =
          destructions
              .runOfJobInstance(operator.getJobInstance(executionId).getInstanceId())
              .orElse(null);
      listId = destruction == null ? null : destruction.listId();
    }
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
        Unfinished.is(status) && !startedHere.contains(executionId));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}

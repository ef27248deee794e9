package org.sigilo.jobs.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes the end of an execution into the job repository when the batch runtime could not: JBeret
 * records an execution's end (status, exit status, end time) once, right after the job's listeners;
 * if the database is down just then, the row keeps saying STARTED while the runtime (and so the
 * API) says FAILED, and after a server restart the execution would look interrupted instead of
 * failed. Every ended execution this server ran is handed here; its row is brought in line with
 * what the runtime says as soon as the database answers: at once, on every read of the jobs, and
 * every {@value #RETRY_SECONDS} seconds until it is written.
 *
 * <p>Only a row that still says STARTING, STARTED or STOPPING is written, so this never overrides
 * an end the runtime did record.
 */
@Singleton
@PermitAll // called by the batch listener, which runs without a caller, and by the job boundary
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each statement commits by itself
public class ExecutionEnds {

  @Inject Logger log;
  static final int RETRY_SECONDS = 10;

  @Resource TimerService timers;

  @Inject DataSource dataSource;

  private final Set<Long> unwritten = ConcurrentHashMap.newKeySet();

  /** An execution that ended (failed or stopped) here: its end goes to the repository. */
  @Lock(LockType.WRITE)
  public void ended(long executionId) {
    unwritten.add(executionId);
    if (timers.getTimers().isEmpty()) {
      // after the runtime's own write, which follows the job's listeners
      timers.createSingleActionTimer(RETRY_SECONDS * 1000L, new TimerConfig(null, false));
    }
  }

  /**
   * Writes the ends still unwritten whose execution the runtime has finished; answers how many are
   * left (the database did not answer, or an execution is still finishing).
   */
  @Lock(LockType.WRITE)
  public int writeNow() {
    if (unwritten.isEmpty()) {
      return 0;
    }
    for (Long executionId : Set.copyOf(unwritten)) {
      JobExecution execution;
      try {
        execution = BatchRuntime.getJobOperator().getJobExecution(executionId);
      } catch (NoSuchJobExecutionException e) {
        unwritten.remove(executionId);
        continue;
      }
      if (!ended(execution.getBatchStatus())) {
        continue;
      }
      try {
        write(execution);
        unwritten.remove(executionId);
      } catch (SQLException | RuntimeException e) {
        log.log(
            Level.FINE,
            "The end of execution " + executionId + " is not in the repository yet: " + e,
            e);
        break; // the database does not answer: try again later
      }
    }
    return unwritten.size();
  }

  @Timeout
  void retry() {
    if (writeNow() > 0 && timers.getTimers().isEmpty()) {
      timers.createSingleActionTimer(RETRY_SECONDS * 1000L, new TimerConfig(null, false));
    }
  }

  private void write(JobExecution execution) throws SQLException {
    Date end = execution.getEndTime() != null ? execution.getEndTime() : new Date();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement(
                "UPDATE JOB_EXECUTION SET ENDTIME = ?, LASTUPDATEDTIME = ?, BATCHSTATUS = ?,"
                    + " EXITSTATUS = ? WHERE JOBEXECUTIONID = ?"
                    + " AND BATCHSTATUS IN ("
                    + Unfinished.sqlList()
                    + ")")) {
      update.setTimestamp(1, new Timestamp(end.getTime()));
      update.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
      update.setString(3, execution.getBatchStatus().name());
      update.setString(4, execution.getExitStatus());
      update.setLong(5, execution.getExecutionId());
      if (update.executeUpdate() == 1) {
        log.info(
            "Execution "
                + execution.getExecutionId()
                + " recorded as "
                + execution.getBatchStatus()
                + " in the job repository, which could not be written when it ended");
      }
    }
  }

  private static boolean ended(BatchStatus status) {
    return status == BatchStatus.FAILED
        || status == BatchStatus.STOPPED
        || status == BatchStatus.COMPLETED
        || status == BatchStatus.ABANDONED;
  }
}

package org.sigilo.it.inserver;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.UUID;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.jobs.boundary.JobExecutions;
import org.sigilo.jobs.boundary.JobRun;
import org.sigilo.jobs.boundary.Jobs;
import org.sigilo.retention.boundary.CallRetention;
import org.sigilo.retention.boundary.DispositionItemView;
import org.sigilo.retention.boundary.DispositionListView;
import org.sigilo.retention.boundary.Dispositions;
import org.sigilo.retention.boundary.DueOutlook;
import org.sigilo.retention.boundary.ItemPage;
import org.sigilo.retention.boundary.RetentionOutlook;
import org.sigilo.retention.boundary.RetentionStatus;
import org.sigilo.retention.boundary.ScheduleDefinition;
import org.sigilo.retention.boundary.Schedules;

/** Retention work with the records-manager role, as a records manager's requests would. */
@Stateless
@PermitAll
@RunAs("records-manager")
public class AsRecordsManager {

  @EJB Schedules schedules;
  @EJB Jobs jobs;
  @EJB JobExecutions executions;
  @EJB Dispositions dispositions;
  @EJB CallRetention callRetention;
  @EJB CallRecords callRecords;
  @EJB RetentionOutlook outlook;

  /** A new record class of its own with a schedule; answers its code. */
  public String classWithSchedule(String period, String triggerEvent) {
    String code = "sweep-it-" + UUID.randomUUID().toString().substring(0, 8);
    schedules.addRecordClass(code, "Sweep test " + code);
    schedules.define(
        new ScheduleDefinition(
            code, period, triggerEvent, "DESTROY", false, "Test authority, section 1"));
    return code;
  }

  public long startSweep(String partitions, String threads, String chunkSize, String cutOff) {
    return jobs.startRetentionSweep(partitions, threads, chunkSize, cutOff);
  }

  public long restart(long executionId) {
    return jobs.restart(executionId);
  }

  public JobRun stop(long executionId) {
    return jobs.stop(executionId);
  }

  public JobRun execution(long executionId) {
    return executions.execution(executionId);
  }

  public ItemPage items(long listId, int page) {
    return dispositions.items(listId, null, page, 200);
  }

  public DispositionItemView confirmDestruction(long listId, long recordId) {
    return dispositions.confirmDestruction(listId, recordId);
  }

  public DispositionItemView exclude(long listId, long recordId) {
    return dispositions.exclude(listId, recordId, "Kept for the test: still needed");
  }

  public DispositionListView submit(long listId) {
    return dispositions.submit(listId);
  }

  public void recordEvent(long callId, String type, String date) {
    callRetention.recordEvent(callId, type, date);
  }

  public RetentionStatus status(long callId) {
    return callRetention.status(callId);
  }

  public String summary(long callId) {
    return callRecords.reveal(callId, "Checking the sweep left it readable").summary();
  }

  /** What falls due in the coming 24 months, as the records manager's home page reads it. */
  public DueOutlook outlook() {
    return outlook.comingMonths();
  }
}

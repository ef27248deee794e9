package org.sigilo.destruction.batch;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import org.sigilo.destruction.control.DestructionRuns;
import org.sigilo.destruction.entity.DestructionRun;

/**
 * One partition per thread, each taking the records whose id modulo the partition count is its
 * number. The count is the run's, fixed when it opened, so a restart splits the same way.
 */
@Dependent
@Named
public class DestructionPartitionMapper implements PartitionMapper {

  @Inject JobContext jobContext;
  @EJB DestructionRuns runs;

  @Override
  public PartitionPlan mapPartitions() {
    DestructionRun run = runs.runOf(jobContext.getInstanceId());
    Properties[] properties = new Properties[run.partitions()];
    for (int partition = 0; partition < run.partitions(); partition++) {
      Properties values = new Properties();
      values.setProperty("runId", Long.toString(run.id()));
      values.setProperty("partitionNo", Integer.toString(partition));
      values.setProperty("passes", Integer.toString(run.overwritePasses()));
      properties[partition] = values;
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(run.partitions());
    plan.setThreads(run.partitions());
    plan.setPartitionProperties(properties);
    // Every partition runs again on a restart and reads what is still PENDING in it. Without the
    // override JBeret restarts only the partitions that have a partition execution in the
    // repository, and one that never started before the failure would be left out.
    plan.setPartitionsOverride(true);
    return plan;
  }
}

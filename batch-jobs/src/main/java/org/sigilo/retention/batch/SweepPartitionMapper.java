package org.sigilo.retention.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import org.sigilo.retention.control.DispositionSweep;
import org.sigilo.retention.entity.SweepPartition;

/**
 * Splits the records into id ranges, one partition each. The ranges are stored with the list at the
 * first start and read back on a restart, so every partition resumes over the same range even if
 * records were added in between. A restart runs every partition (see {@link #mapPartitions}); one
 * that had finished reads nothing more.
 */
@Dependent
@Named
public class SweepPartitionMapper implements PartitionMapper {

  @Inject
  @BatchProperty(name = "partitions")
  int partitions;

  @Inject
  @BatchProperty(name = "threads")
  int threads;

  @Inject JobContext jobContext;
  @EJB DispositionSweep sweep;

  @Override
  public PartitionPlan mapPartitions() {
    long listId = sweep.listOf(jobContext.getInstanceId());
    List<SweepPartition> planned = sweep.plan(listId, partitions);
    Properties[] properties = new Properties[planned.size()];
    for (SweepPartition partition : planned) {
      Properties values = new Properties();
      values.setProperty("listId", Long.toString(listId));
      values.setProperty("partitionNo", Integer.toString(partition.partitionNo()));
      values.setProperty("firstId", Long.toString(partition.firstId()));
      values.setProperty("lastId", Long.toString(partition.lastId()));
      properties[partition.partitionNo()] = values;
    }
    PartitionPlanImpl plan = new PartitionPlanImpl();
    plan.setPartitions(planned.size());
    plan.setThreads(Math.min(threads, planned.size()));
    plan.setPartitionProperties(properties);
    // Every partition runs again on a restart, each resuming from its own committed progress
    // (sweep_partition.last_read_id). Without the override JBeret restarts only the partitions
    // that have a partition execution in the repository: one that never started before the failure
    // (queued behind the threads, or its execution row lost to a database outage) would be dropped,
    // and the list closed short.
    plan.setPartitionsOverride(true);
    return plan;
  }
}

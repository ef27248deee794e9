package org.sigilo.sweeping;

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
 * records were added in between.
 */
@Dependent
@Named
public class SweepPartitionMapper implements PartitionMapper {

  @Inject
  @BatchProperty(name = "partitions")
  String partitions;

  @Inject
  @BatchProperty(name = "threads")
  String threads;

  @Inject JobContext jobContext;
  @EJB DispositionSweep sweep;

  @Override
  public PartitionPlan mapPartitions() {
    SweepParameters parameters = SweepParameters.parse(partitions, threads, null, null);
    long listId = sweep.listOf(jobContext.getInstanceId());
    List<SweepPartition> planned = sweep.plan(listId, parameters.partitions());
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
    plan.setThreads(Math.min(parameters.threads(), planned.size()));
    plan.setPartitionProperties(properties);
    plan.setPartitionsOverride(false);
    return plan;
  }
}

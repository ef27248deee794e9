package org.sigilo.retention.boundary;

import java.util.List;
import org.sigilo.retention.entity.SweepPartition;

/** The disposition list a sweep job instance fills, and each partition's progress. */
public record SweepView(long listId, List<SweepPartition> partitions) {}

package org.sigilo.retention.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.sigilo.retention.control.DispositionSweep;

/**
 * Retention sweeps as the jobs' read side sees them: which list a sweep job instance fills and how
 * far each partition got. The jobs boundary asks here rather than reaching into the sweep's
 * control.
 */
@Stateless
public class Sweeps {

  @EJB DispositionSweep sweep;

  /** The sweep of a job instance, once its first step opened the list. */
  @PermitAll // the job boundary checks roles before it asks
  public Optional<SweepView> ofJobInstance(long jobInstanceId) {
    return sweep
        .findListOf(jobInstanceId)
        .map(listId -> new SweepView(listId, sweep.partitions(listId)));
  }

  /** Whether a list's sweep has not finished (and was not replaced by a newer one). */
  @PermitAll // the job boundary checks roles before it asks
  public boolean isSweeping(long listId) {
    return sweep.isSweeping(listId);
  }
}

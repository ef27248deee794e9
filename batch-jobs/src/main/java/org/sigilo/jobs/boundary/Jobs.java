package org.sigilo.jobs.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.Stateless;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sigilo's batch jobs as one boundary, so that no other bean talks to {@link BatchRuntime}
 * directly.
 */
@Stateless
public class Jobs {

  private static final Logger LOG = Logger.getLogger(Jobs.class.getName());

  /**
   * Whether the batch runtime and its JDBC job repository answer: listing job names reads the
   * repository, so a missing or unreachable repository shows up here.
   */
  @PermitAll
  public boolean isRuntimeUp() {
    try {
      JobOperator operator = BatchRuntime.getJobOperator();
      operator.getJobNames();
      return true;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Batch runtime is not answering", e);
      return false;
    }
  }
}

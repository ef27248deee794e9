package org.sigilo.jobs.control;

import jakarta.batch.api.chunk.listener.ChunkListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.sigilo.health.boundary.DatabaseHealth;

/**
 * Listens to every step of Sigilo's jobs: a step that fails puts why into the job's exit status
 * (see {@link FailureExplanation}). The first failure wins: later ones are usually its
 * consequences, and a sentence a step chose to say (a destruction's records that could not be
 * destroyed) is kept.
 *
 * <p>A chunk's failure is taken as it happens ({@link #onError}): the step context keeps only a
 * serialized copy, which cannot be read back when a cause's class is not visible to the batch
 * runtime (the PostgreSQL driver's exceptions are not). A batchlet's failure is read from the step
 * context with this deployment's class loader; if even that fails, the explanation goes by whether
 * the database answers.
 */
@Dependent
@Named
public class FailedStepExplainer implements StepListener, ChunkListener {

  @Inject JobContext jobContext;
  @Inject StepContext stepContext;
  @EJB DatabaseHealth database;

  @Override
  public void beforeStep() {}

  @Override
  public void afterStep() {
    if (stepContext.getBatchStatus() == BatchStatus.FAILED) {
      explain(readableFailure());
    }
  }

  @Override
  public void beforeChunk() {}

  @Override
  public void onError(Exception failure) {
    explain(failure);
  }

  @Override
  public void afterChunk() {}

  private void explain(Exception failure) {
    if (FailedJobReporter.explained(jobContext)) {
      return;
    }
    jobContext.setExitStatus(
        FailureExplanation.of(failure, stepContext.getStepName(), Instant.now(), database.isUp()));
  }

  /** The step's failure as the step context keeps it, or null when it cannot be read back. */
  private Exception readableFailure() {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(FailedStepExplainer.class.getClassLoader());
    try {
      return stepContext.getException();
    } catch (RuntimeException unreadable) {
      return null;
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}

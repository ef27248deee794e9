package org.sigilo.it.inserver;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.function.LongFunction;
import org.sigilo.jobs.boundary.JobRun;

/** Following a job execution from inside the server until it ends. */
final class JobExecutions {

  private JobExecutions() {}

  /**
   * Polls the execution, as the role that may read it, until it is no longer running; fails after
   * three minutes with the execution's last state.
   */
  static JobRun waitForEnd(LongFunction<JobRun> read, long execution) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (true) {
      JobRun run = read.apply(execution);
      if (!run.running()) {
        return run;
      }
      assertTrue(Instant.now().isBefore(deadline), "still running: " + run);
      Thread.sleep(200);
    }
  }
}

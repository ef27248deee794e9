package org.sigilo.calls.batch;

import java.util.Properties;
import org.sigilo.jobs.control.JobParameter;

/**
 * The load-synthetic-calls job's parameters, checked before a start (a restart reuses them): how
 * many calls (1 to 1,000,000) and the seed that makes them (the same seed, the same calls).
 */
public record LoadParameters(int count, int seed) {

  public static final int MAX_COUNT = 1_000_000;

  /** Parses what a person asked for; the count is required, the seed is 1 when blank. */
  public static LoadParameters parse(String count, String seed) {
    return new LoadParameters(
        JobParameter.whole("count", count, null, 1, MAX_COUNT),
        JobParameter.whole("seed", seed, 1, 0, Integer.MAX_VALUE));
  }

  /** As job parameters, every value explicit so that a restart uses the same ones. */
  public Properties toJobParameters() {
    Properties parameters = new Properties();
    parameters.setProperty("count", Integer.toString(count));
    parameters.setProperty("seed", Integer.toString(seed));
    return parameters;
  }
}

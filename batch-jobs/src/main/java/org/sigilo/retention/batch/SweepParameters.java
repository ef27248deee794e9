package org.sigilo.retention.batch;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import org.sigilo.jobs.control.JobParameter;
import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;
import org.sigilo.retention.control.RetentionRule;

/**
 * The retention sweep's job parameters, checked before a start (a restart reuses them): how many
 * partitions (id ranges) and threads, records per chunk, and the cut-off date (records due on or
 * before it are listed; never a future date, so a sweep cannot list records before their time).
 */
public record SweepParameters(int partitions, int threads, int chunkSize, LocalDate dueOnOrBefore) {

  public static final int MAX_PARTITIONS = 64;
  public static final int MAX_CHUNK = 100_000;

  /**
   * Records per chunk: each chunk is a handful of set-based statements, so large chunks cost little
   * and a restart redoes at most one of them.
   */
  public static final int DEFAULT_CHUNK = 10_000;

  /** Twice the cores in partitions (so progress shows per range), one thread per core. */
  public static int defaultPartitions() {
    return Math.min(MAX_PARTITIONS, 2 * Runtime.getRuntime().availableProcessors());
  }

  public static int defaultThreads() {
    return Math.min(MAX_PARTITIONS, Runtime.getRuntime().availableProcessors());
  }

  /**
   * Parses what a person or the scheduler asked for; blanks take the defaults. Throws with a
   * sentence naming the parameter and what it accepts.
   */
  public static SweepParameters parse(
      String partitions, String threads, String chunkSize, String dueOnOrBefore) {
    int p = JobParameter.whole("partitions", partitions, defaultPartitions(), 1, MAX_PARTITIONS);
    int t = JobParameter.whole("threads", threads, Math.min(p, defaultThreads()), 1, p);
    int c = JobParameter.whole("chunkSize", chunkSize, DEFAULT_CHUNK, 10, MAX_CHUNK);
    return new SweepParameters(p, t, c, cutOff(dueOnOrBefore));
  }

  public static LocalDate cutOff(String value) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    if (value == null || value.isBlank()) {
      return today;
    }
    LocalDate date = RetentionRule.date(Message.of("problem.jobs.due-on-or-before"), value);
    if (date.isAfter(today)) {
      throw new InvalidValueException(Message.of("problem.jobs.cut-off-future", date, today));
    }
    return date;
  }

  /** As job parameters, every value explicit so that a restart uses the same ones. */
  public Properties toJobParameters(String requestedBy) {
    Properties parameters = new Properties();
    parameters.setProperty("partitions", Integer.toString(partitions));
    parameters.setProperty("threads", Integer.toString(threads));
    parameters.setProperty("chunkSize", Integer.toString(chunkSize));
    parameters.setProperty("dueOnOrBefore", dueOnOrBefore.toString());
    parameters.setProperty("requestedBy", requestedBy);
    return parameters;
  }
}

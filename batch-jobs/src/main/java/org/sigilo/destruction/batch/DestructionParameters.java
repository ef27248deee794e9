package org.sigilo.destruction.batch;

import java.util.Properties;
import org.sigilo.destruction.control.FileShredder;
import org.sigilo.jobs.control.JobParameter;
import org.sigilo.platform.i18n.InvalidValueException;
import org.sigilo.platform.i18n.Message;

/**
 * The records-destruction job's parameters, checked before a start: which approved disposition
 * list, how many partitions (threads; shredding small files waits on the disk's fsync, so more
 * threads than cores still help a little), records per chunk (a restart redoes at most one chunk),
 * and overwrite passes per archive file (a random pass then a zero pass by default; the last pass
 * is always zeros).
 */
public record DestructionParameters(long listId, int partitions, int chunkSize, int passes) {

  /**
   * Each partition holds two connections while it prepares a chunk (its chunk's, suspended, and the
   * preparation's own); eight leave room in the datasource's pool of 20 for everyone else.
   */
  public static final int MAX_PARTITIONS = 8;

  public static final int MAX_CHUNK = 10_000;
  public static final int MAX_PASSES = 7;
  public static final int DEFAULT_CHUNK = 500;

  public static int defaultPartitions() {
    return Math.min(MAX_PARTITIONS, Runtime.getRuntime().availableProcessors());
  }

  /** Parses what a person or the scheduler asked for; blanks take the defaults. */
  public static DestructionParameters parse(
      String listId, String partitions, String chunkSize, String passes) {
    if (listId == null || listId.isBlank()) {
      throw new InvalidValueException(Message.of("problem.jobs.list-missing"));
    }
    long list;
    try {
      list = Long.parseLong(listId.trim());
    } catch (NumberFormatException e) {
      throw new InvalidValueException(Message.of("problem.jobs.list-id", listId));
    }
    return new DestructionParameters(
        list,
        JobParameter.whole("partitions", partitions, defaultPartitions(), 1, MAX_PARTITIONS),
        JobParameter.whole("chunkSize", chunkSize, DEFAULT_CHUNK, 1, MAX_CHUNK),
        JobParameter.whole("passes", passes, FileShredder.DEFAULT_PASSES, 1, MAX_PASSES));
  }

  /** As job parameters, every value explicit so that a restart uses the same ones. */
  public Properties toJobParameters(String requestedBy) {
    Properties parameters = new Properties();
    parameters.setProperty("listId", Long.toString(listId));
    parameters.setProperty("partitions", Integer.toString(partitions));
    parameters.setProperty("chunkSize", Integer.toString(chunkSize));
    parameters.setProperty("passes", Integer.toString(passes));
    parameters.setProperty("requestedBy", requestedBy);
    return parameters;
  }
}

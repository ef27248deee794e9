package org.sigilo.destruction.boundary;

import java.util.Map;

/**
 * What destroying a disposition list would do now, for the person who confirms it: how many records
 * of which classes, and how many stay because a legal hold covers them (held when listed, or
 * since), were excluded by a records manager, or were destroyed by an earlier run.
 */
public record DestructionSummary(
    long listId,
    String listStatus,
    boolean destroyable,
    long toDestroy,
    Map<String, Long> toDestroyByClass,
    long held,
    java.util.List<Long> heldRecords,
    long excluded,
    long alreadyDestroyed) {

  /** How many held records a summary names. */
  public static final int NAMED = 100;
}

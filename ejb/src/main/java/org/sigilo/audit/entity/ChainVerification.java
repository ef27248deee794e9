package org.sigilo.audit.entity;

/**
 * The result of recomputing the audit chain.
 *
 * @param intact whether every event and the head agree
 * @param eventsChecked how many events were read
 * @param firstBrokenEvent sequence number of the first event that does not verify, or null
 * @param problem what is wrong with it, in words, or null when intact
 */
public record ChainVerification(
    boolean intact, long eventsChecked, Long firstBrokenEvent, String problem) {

  public static ChainVerification intact(long eventsChecked) {
    return new ChainVerification(true, eventsChecked, null, null);
  }

  public static ChainVerification brokenAt(long eventsChecked, long sequence, String problem) {
    return new ChainVerification(false, eventsChecked, sequence, problem);
  }
}

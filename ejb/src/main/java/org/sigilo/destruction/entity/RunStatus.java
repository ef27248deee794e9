package org.sigilo.destruction.entity;

/** Where a destruction run stands. */
public enum RunStatus {
  /** Its job is destroying records (or failed and waits for a restart). */
  DESTROYING,
  /** Every record it took is destroyed, or was held when checked. */
  COMPLETED,
  /**
   * It ended with records it could not destroy; they are named, with the reason, on the
   * certificate.
   */
  COMPLETED_WITH_FAILURES
}

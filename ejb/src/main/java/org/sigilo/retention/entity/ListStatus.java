package org.sigilo.retention.entity;

/** Where a disposition list stands. */
public enum ListStatus {
  /** Its retention sweep is still running (or failed and waits for a restart). */
  SWEEPING,
  /** Swept; records managers review it. */
  IN_REVIEW,
  /** Sent to legal for approval; no more changes. */
  SUBMITTED,
  /** Approved by legal: its records marked DESTROY are eligible for destruction. */
  APPROVED,
  /** A records-destruction run is destroying its approved records. */
  DESTROYING,
  /**
   * A destruction run ended with records it could not destroy; a new run (after the cause is fixed)
   * takes those again.
   */
  PARTLY_DESTROYED,
  /** Every record it approved for destruction is destroyed (or was held when its run checked). */
  DESTROYED,
  /** Taken back by a records manager; its records can be listed again by the next sweep. */
  WITHDRAWN
}

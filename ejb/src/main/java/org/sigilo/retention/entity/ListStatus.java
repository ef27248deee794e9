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
  /** Taken back by a records manager; its records can be listed again by the next sweep. */
  WITHDRAWN
}

package org.sigilo.retention.entity;

import java.util.Locale;
import org.sigilo.platform.i18n.Message;

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
  WITHDRAWN;

  /**
   * The state in words, for sentences: "in review", "partly destroyed", in the reader's language.
   */
  public Message words() {
    return Message.of("refusal.list-status." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }
}

package org.sigilo.destruction.entity;

/** What became of one record a destruction run took. */
public enum ItemState {
  /** Not destroyed yet. */
  PENDING,
  /** Data key destroyed, files overwritten and unlinked, rows deleted, tombstone written. */
  DESTROYED,
  /** Could not be fully destroyed; the reason is kept and nothing about it claims otherwise. */
  FAILED,
  /** A legal hold in force covered it when the run checked; left untouched. */
  HELD
}

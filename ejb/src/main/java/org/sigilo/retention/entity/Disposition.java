package org.sigilo.retention.entity;

/** What a schedule says happens to a record when it falls due. */
public enum Disposition {
  /** Listed for destruction; a records manager may still exclude it, with a reason. */
  DESTROY,
  /** A records manager must decide, record by record, before the list can be submitted. */
  REVIEW
}

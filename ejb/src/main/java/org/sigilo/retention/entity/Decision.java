package org.sigilo.retention.entity;

/** What happens to one due record on a disposition list. */
public enum Decision {
  /** To be destroyed once the list is approved. */
  DESTROY,
  /** Its schedule asks for review first: a records manager must decide before submission. */
  UNDECIDED,
  /** Kept by a records manager, with a reason; it comes up again after this list is done. */
  EXCLUDED,
  /** Due but under a legal hold: listed apart, never destroyable. */
  HELD
}

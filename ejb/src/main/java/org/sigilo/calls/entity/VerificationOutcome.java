package org.sigilo.calls.entity;

/** How identity verification ended. */
public enum VerificationOutcome {
  PASSED,
  FAILED,
  NOT_COMPLETED
}

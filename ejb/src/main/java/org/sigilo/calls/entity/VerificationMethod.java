package org.sigilo.calls.entity;

/**
 * How the caller's identity was verified. The answers or codes themselves are checked by the
 * agent's tools and never reach Sigilo.
 */
public enum VerificationMethod {
  REGISTERED_DATA_MATCH,
  ONE_TIME_CODE,
  SECURITY_QUESTIONS
}

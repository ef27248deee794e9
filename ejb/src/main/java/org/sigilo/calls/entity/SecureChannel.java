package org.sigilo.calls.entity;

/** Where the customer was redirected for what should not be said on the call, if anywhere. */
public enum SecureChannel {
  NONE,
  SECURE_MESSAGE,
  CUSTOMER_PORTAL,
  BRANCH_APPOINTMENT
}

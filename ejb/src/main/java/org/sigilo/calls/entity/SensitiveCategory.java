package org.sigilo.calls.entity;

/** Categories of sensitive data that may come up in a call. */
public enum SensitiveCategory {
  NATIONAL_ID,
  FINANCIAL,
  MEDICAL,
  CREDENTIALS,
  OTHER_PERSONAL_DATA
}

package org.sigilo.calls.entity;

/** The kind of call. */
public enum Channel {
  PHONE,
  VIDEO
}

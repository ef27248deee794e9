package org.sigilo.calls.entity;

/** Who called whom. */
public enum Direction {
  INBOUND,
  OUTBOUND
}

package org.sigilo.calls.boundary;

import java.time.Instant;

/** What a list of calls is narrowed to; every part optional. {@code to} is exclusive. */
public record CallFilter(Instant from, Instant to, String customerReference, String recordClass) {

  public static final CallFilter NONE = new CallFilter(null, null, null, null);
}

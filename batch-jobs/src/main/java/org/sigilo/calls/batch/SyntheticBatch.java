package org.sigilo.calls.batch;

import java.io.Serializable;

/** One batch of synthetic calls: its number (which also seeds it) and how many calls. */
public record SyntheticBatch(int index, int size) implements Serializable {}

package org.sigilo.retention.boundary;

/** A hold as a record's page mentions it: which matter holds the record. */
public record HoldSummary(long id, String matter) {}

package org.sigilo.calls.boundary;

/** The confidential content of a call, revealed to one person for one stated reason. */
public record CallContent(long id, String summary, String notes, String customerContact) {}

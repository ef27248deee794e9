package org.sigilo.retention.boundary;

/**
 * A new version of a record class's retention schedule, as a records manager writes it: the period
 * (ISO-8601, e.g. {@code P7Y}), the event that starts the clock (none: the call date), what happens
 * when due ({@code DESTROY} or {@code REVIEW}), whether approval needs a second person, and the
 * legal authority or citation.
 */
public record ScheduleDefinition(
    String recordClass,
    String period,
    String triggerEvent,
    String disposition,
    Boolean twoPersonRule,
    String authority) {}

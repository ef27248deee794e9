package org.sigilo.retention.boundary;

import java.util.List;

/**
 * A legal hold as legal places it: the matter and the reason, and its scope, either explicit record
 * ids or any combination of customer reference, record class and call dates (inclusive,
 * YYYY-MM-DD), all of which a record must match.
 */
public record HoldRequest(
    String matter,
    String reason,
    String customerReference,
    String recordClass,
    String occurredFrom,
    String occurredTo,
    List<Long> recordIds) {}

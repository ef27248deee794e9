package org.sigilo.retention.boundary;

import java.time.LocalDate;

/** One due record on a list: why it is due (schedule version, dates) and what was decided. */
public record DispositionItemView(
    long recordId,
    String recordClass,
    int scheduleVersion,
    String period,
    String triggerEvent,
    boolean twoPersonRule,
    LocalDate triggerDate,
    LocalDate dueOn,
    boolean held,
    String decision,
    String decidedBy,
    String decisionReason) {}

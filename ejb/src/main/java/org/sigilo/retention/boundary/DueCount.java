package org.sigilo.retention.boundary;

import java.time.YearMonth;

/**
 * How many records of one class fall due in one calendar month, and how many of them a legal hold
 * in force covers (they stay, whatever their schedule says).
 */
public record DueCount(YearMonth month, String recordClass, long due, long held) {}

/**
 * Retention arithmetic (due dates from ISO-8601 periods) and the set-based work of the
 * retention-sweep job: opening lists, planning partitions, listing one chunk's due records.
 */
package org.sigilo.retention.control;

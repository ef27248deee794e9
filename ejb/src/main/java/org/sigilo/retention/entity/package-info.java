/**
 * Retention: versioned schedules per record class, the events that start a clock, legal holds, and
 * the disposition lists that retention sweeps fill and people review and approve.
 */
package org.sigilo.retention.entity;

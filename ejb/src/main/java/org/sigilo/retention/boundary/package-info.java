/**
 * Retention as people use it: schedules and record classes (records managers), legal holds (legal),
 * trigger events and each call's due date, and the review of disposition lists up to legal's
 * approval. Every change is audited; refusals say what to do instead.
 */
package org.sigilo.retention.boundary;

/**
 * Retention as people use it: schedules and record classes (records managers), legal holds (legal),
 * trigger events and each call's due date, the review of disposition lists up to legal's approval,
 * and the sweeps' lists and progress as the jobs page shows them. Every change is audited; refusals
 * say what to do instead.
 */
package org.sigilo.retention.boundary;

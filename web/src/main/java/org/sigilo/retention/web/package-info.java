/**
 * Retention in the portal and the API: schedules and record classes, legal holds, disposition lists
 * and their review, and each call's retention status and trigger events.
 */
package org.sigilo.retention.web;

/** Batch jobs over the API ({@code /api/jobs}): starting them and following their executions. */
package org.sigilo.jobs.web;

/**
 * The one way into the batch runtime: starting, stopping and restarting Sigilo's jobs ({@code
 * Jobs}), the nightly schedule ({@code NightlyJobs}) and the executions people follow ({@code
 * JobExecutions}).
 */
package org.sigilo.jobs.boundary;

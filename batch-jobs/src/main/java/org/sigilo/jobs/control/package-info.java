/**
 * What every job shares besides its own work: one rule for whole-number parameters, one reader of
 * record ids page by page, the one test of an unfinished execution, a failed step explained in the
 * job's exit status in words a records manager can act on, and the end of an execution written to
 * the job repository once the database answers again when the batch runtime could not write it.
 */
package org.sigilo.jobs.control;

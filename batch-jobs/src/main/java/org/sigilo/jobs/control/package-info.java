/**
 * What every job shares besides its own work: a failed step explained in the job's exit status, in
 * words a records manager can act on, and the end of an execution written to the job repository
 * once the database answers again when the batch runtime could not write it itself.
 */
package org.sigilo.jobs.control;

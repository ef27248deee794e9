/**
 * The retention-sweep job's artifacts: open the disposition list, partition the records by id
 * range, read ids and list the due ones chunk by chunk, close the list. The work itself lives in
 * {@code org.sigilo.retention.control.DispositionSweep}.
 */
package org.sigilo.retention.batch;

/**
 * The records-destruction job's batch artifacts: thin steps over {@code
 * org.sigilo.destruction.control}, which does the work.
 */
package org.sigilo.destruction.batch;

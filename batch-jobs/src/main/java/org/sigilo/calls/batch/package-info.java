/**
 * The {@code load-synthetic-calls} job: realistic synthetic calls in batches, for the embedded demo
 * and for load tests and benchmarks on PostgreSQL.
 */
package org.sigilo.calls.batch;

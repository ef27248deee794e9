/**
 * Destruction as people meet it: what a destruction would do before anyone confirms it, how runs
 * went, and the month-by-month history of what was destroyed. Each run's certificate lives in
 * {@code org.sigilo.certificates}.
 */
package org.sigilo.destruction.boundary;

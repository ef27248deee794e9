/**
 * Destruction as people meet it: what a destruction would do before anyone confirms it, how runs
 * went, and the signed certificates legal pulls and anyone can verify.
 */
package org.sigilo.destruction.boundary;

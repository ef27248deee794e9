/**
 * How records are destroyed: the records-destruction job's work (freeze, hold checks, shredding,
 * cryptographic erase, tombstones, epoch keys) and the issue of its signed certificate.
 */
package org.sigilo.destruction.control;

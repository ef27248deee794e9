/**
 * Calls beyond their boundary: realistic synthetic calls, for the embedded default's demo data and
 * for load tests, and the deletion of destroyed calls' rows.
 */
package org.sigilo.calls.control;

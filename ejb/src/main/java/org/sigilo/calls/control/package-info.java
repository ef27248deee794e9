/** Making realistic synthetic calls, for the embedded default's demo data and for load tests. */
package org.sigilo.calls.control;

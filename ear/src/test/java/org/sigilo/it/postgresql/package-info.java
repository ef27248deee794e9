/** In-server tests that only make sense on PostgreSQL (grants, the data directory). */
package org.sigilo.it.postgresql;

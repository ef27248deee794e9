/** Tests that run inside the server, beside Sigilo's EJB modules, on H2 and on PostgreSQL. */
package org.sigilo.it.inserver;

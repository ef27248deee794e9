/** Whether the parts Sigilo stands on answer: here, the database. */
package org.sigilo.health.boundary;

/** Writing to and reading from the audit trail, and verifying its chain. */
package org.sigilo.audit.boundary;

/** What people may do with keys: rotate the master key (admins), audited. */
package org.sigilo.crypto.boundary;

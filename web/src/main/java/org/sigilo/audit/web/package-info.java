/** The audit trail in the portal and over the API: reading events and verifying the chain. */
package org.sigilo.audit.web;

/** Whether Sigilo can work right now: database and batch runtime, for probes and for admins. */
package org.sigilo.health.web;

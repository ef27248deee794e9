/** The hash chain itself: how an event's hash is computed and how a chain is checked. */
package org.sigilo.audit.control;

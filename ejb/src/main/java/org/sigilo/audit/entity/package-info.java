/** The audit trail's records: append-only events chained by SHA-256, and the chain's head. */
package org.sigilo.audit.entity;

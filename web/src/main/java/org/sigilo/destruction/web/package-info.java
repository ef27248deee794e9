/** Destruction certificates and destruction summaries over REST and in the portal. */
package org.sigilo.destruction.web;

/** The one way into the batch runtime: starting, restarting and listing Sigilo's jobs. */
package org.sigilo.jobs.boundary;

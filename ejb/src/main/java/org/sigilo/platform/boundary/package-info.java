/** What every boundary shares with its callers: the way it refuses a request. */
package org.sigilo.platform.boundary;

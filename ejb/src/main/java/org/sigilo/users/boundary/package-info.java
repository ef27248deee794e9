/** Checking who someone is: the identity store of the portal and the API asks here. */
package org.sigilo.users.boundary;

/** Password hashing and the demo users of the embedded default. */
package org.sigilo.users.control;

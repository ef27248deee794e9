/** Key management over the API: master-key rotation, for admins. */
package org.sigilo.crypto.web;

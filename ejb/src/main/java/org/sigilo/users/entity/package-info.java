/** Who may sign in to Sigilo and with which roles; passwords only as salted, slow hashes. */
package org.sigilo.users.entity;

/**
 * The archive directory: attachment files written encrypted and streamed (never whole in memory),
 * under random names, made durable before they are recorded.
 */
package org.sigilo.archives.control;

/**
 * The archive directory: attachment files written encrypted and streamed (never whole in memory),
 * under random names, made durable before they are recorded; and the archive's entries, which a
 * destruction marks before shredding and removes with the records.
 */
package org.sigilo.archives.control;

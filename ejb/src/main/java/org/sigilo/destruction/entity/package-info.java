/**
 * What destruction leaves behind: runs, their items, and the tombstone of each destroyed record
 * (metadata only). Each run's certificate is in {@code org.sigilo.certificates.entity}.
 */
package org.sigilo.destruction.entity;

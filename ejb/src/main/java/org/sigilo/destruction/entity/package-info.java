/**
 * What destruction leaves behind: runs, the tombstone of each destroyed record (metadata only) and
 * the signed certificate of each run.
 */
package org.sigilo.destruction.entity;

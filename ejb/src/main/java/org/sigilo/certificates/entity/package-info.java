/**
 * The signed certificate of each destruction run, kept with the SHA-256 and the signing certificate
 * it was issued under, numbered without gaps.
 */
package org.sigilo.certificates.entity;

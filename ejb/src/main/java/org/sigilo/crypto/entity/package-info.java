/**
 * The stored keys of envelope encryption: key-encryption keys and per-record data keys, all
 * wrapped.
 */
package org.sigilo.crypto.entity;

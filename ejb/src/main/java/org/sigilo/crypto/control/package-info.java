/**
 * The cryptography of confidentiality at rest: AES-256-GCM for fields and files (bound to record
 * and field by associated data), AES key wrap (RFC 3394) for data keys and key-encryption keys, the
 * PKCS#12 keystore holding the master key, and the one place that writes data keys and
 * key-encryption keys ({@code KeyVault}, {@code EpochKeys}).
 */
package org.sigilo.crypto.control;

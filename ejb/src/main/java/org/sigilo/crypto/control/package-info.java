/**
 * The cryptography of confidentiality at rest, as plain objects: AES-256-GCM for fields and files
 * (bound to record and field by associated data), AES key wrap (RFC 3394) for data keys and
 * key-encryption keys, and the PKCS#12 keystore holding the master key.
 */
package org.sigilo.crypto.control;

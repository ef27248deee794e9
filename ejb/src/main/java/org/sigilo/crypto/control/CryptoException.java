package org.sigilo.crypto.control;

/**
 * Something cryptographic did not hold: a ciphertext was changed or moved, a key is missing or
 * wrong. The message says which, in words an operator can act on; it never contains key material.
 */
public class CryptoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CryptoException(String message) {
    super(message);
  }

  public CryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}

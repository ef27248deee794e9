package org.sigilo.certificates.control;

/**
 * A certificate could not be issued: it could not be rendered, signed or timestamped, or the
 * signing identity could not be loaded. The caller must treat the certificate as not issued, never
 * fall back to an unsigned or untimestamped one. The message says what failed in words an operator
 * can act on and never contains key material or passwords.
 */
public class CertificateIssueException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CertificateIssueException(String message) {
    super(message);
  }

  public CertificateIssueException(String message, Throwable cause) {
    super(message, cause);
  }
}

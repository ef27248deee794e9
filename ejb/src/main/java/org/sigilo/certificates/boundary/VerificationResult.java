package org.sigilo.certificates.boundary;

import java.time.Instant;
import java.util.List;

/**
 * What checking an uploaded PDF found: whether its signature is valid and covers the whole file,
 * and whether it is, byte for byte, a certificate Sigilo issued (its SHA-256 matches one stored).
 * {@code authentic} only when both hold.
 */
public record VerificationResult(
    boolean authentic,
    boolean signatureValid,
    Long certificateNumber,
    String sha256,
    String signer,
    Instant timestamp,
    List<String> problems) {}

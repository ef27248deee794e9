/**
 * Certificates of records destruction, as plain objects (no container, no database): what a
 * certificate states ({@link org.sigilo.certificates.control.CertificateContent}, following NIST SP
 * 800-88 Rev. 1 Appendix G), its PDF/A-3b rendering with the machine-readable manifest of every
 * destroyed record embedded ({@link org.sigilo.certificates.control.CertificateDocument}), its
 * PAdES baseline signature, B-B or B-T with an RFC 3161 timestamp ({@link
 * org.sigilo.certificates.control.CertificateSigner}), and the check of a certificate someone hands
 * back ({@link org.sigilo.certificates.control.CertificateVerification}). A certificate's pages are
 * printed in the organization's language from the message bundle (keys {@code certificate.*}); its
 * manifest is the same in every language ({@link org.sigilo.certificates.control.CertificateText}).
 *
 * <p>What must stay true: any standard validator accepts what is issued here (veraPDF for PDF/A,
 * poppler's pdfsig, EU DSS or openssl for the signature); a certificate that cannot be signed (or
 * timestamped, when a timestamp authority is configured) is never issued unsigned; cryptography
 * runs on the JDK's own providers, because this code runs inside WildFly where registering
 * BouncyCastle as a global provider would affect every other deployment.
 */
package org.sigilo.certificates.control;

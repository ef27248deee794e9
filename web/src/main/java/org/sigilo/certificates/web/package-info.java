/**
 * Destruction certificates for legal and auditors, one feature in one place: the portal's
 * certificates page ({@code certificates/certificates.xhtml}, backed by {@link
 * org.sigilo.certificates.web.Certificates}, its search kept for the session by {@link
 * org.sigilo.certificates.web.CertificateFilters}) and {@code /api/certificates} ({@link
 * org.sigilo.certificates.web.CertificateResource}): find certificates by issue date, destroyed
 * record or customer, download the signed PDF, and verify a PDF someone hands back. Both ask the
 * boundary {@link org.sigilo.certificates.boundary.Certificates}.
 */
package org.sigilo.certificates.web;

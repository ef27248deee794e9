/**
 * Certificates as people meet them: legal searches and downloads the signed certificate of each
 * destruction run, and anyone can hand one back to have it verified.
 */
package org.sigilo.certificates.boundary;

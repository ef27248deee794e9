/** The JSON API under {@code /api}: its activation and its errors as RFC 9457 problem documents. */
package org.sigilo.api.web;

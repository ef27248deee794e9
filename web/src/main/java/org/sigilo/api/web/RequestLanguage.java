package org.sigilo.api.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.sigilo.platform.i18n.Messages;

/**
 * The language the API writes its sentences in for a request: the first of its Accept-Language that
 * Sigilo speaks, else English. Only sentences change: field names and codes stay as they are.
 */
public final class RequestLanguage {

  private RequestLanguage() {}

  public static Locale of(HttpHeaders headers) {
    try {
      return Messages.bestMatch(headers == null ? null : headers.getAcceptableLanguages());
    } catch (RuntimeException malformed) {
      // an Accept-Language that cannot be parsed asks for nothing Sigilo could honour
      return Messages.BASE;
    }
  }
}

package org.sigilo.api.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sigilo.platform.i18n.Messages;

/**
 * The language the API writes its sentences in for a request: the first of its Accept-Language that
 * Sigilo speaks, else English. Only sentences change: field names and codes stay as they are.
 */
public final class RequestLanguage {

  private RequestLanguage() {}

  public static Locale of(HttpHeaders headers) {
    return headers == null ? Messages.BASE : of(headers::getAcceptableLanguages);
  }

  /** For request filters, which see the request before it has headers to inject. */
  public static Locale of(ContainerRequestContext request) {
    return of(request::getAcceptableLanguages);
  }

  private static Locale of(Supplier<List<Locale>> acceptable) {
    try {
      return Messages.bestMatch(acceptable.get());
    } catch (RuntimeException malformed) {
      // an Accept-Language that cannot be parsed asks for nothing Sigilo could honour
      return Messages.BASE;
    }
  }
}

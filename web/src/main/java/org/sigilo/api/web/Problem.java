package org.sigilo.api.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * An error as the API reports it (RFC 9457, {@code application/problem+json}): a status and a
 * sentence a person can act on, in the language named by the {@code Content-Language} header. Never
 * a stack trace.
 */
public record Problem(String type, String title, int status, String detail, List<String> problems) {

  public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

  public static Response response(Response.StatusType status, Locale language, String detail) {
    return response(status, language, detail, null);
  }

  /** With {@code problems}: every rule the request broke, one sentence each. */
  public static Response response(
      Response.StatusType status, Locale language, String detail, List<String> problems) {
    return Response.status(status.getStatusCode())
        .type(MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .entity(
            new Problem(
                "about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, problems))
        .build();
  }
}

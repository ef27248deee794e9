package org.sigilo.health.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import org.sigilo.api.web.Problem;
import org.sigilo.platform.i18n.Messages;

/**
 * The answer to a request the database could not serve because it is down: 503 with {@code
 * Retry-After}, as a problem document for the API and as a plain page for the portal. The page
 * needs nothing but the message bundle (the portal's layout reads the signed-in person's account,
 * which is in the database).
 */
public final class Unavailable {

  /** When a client should ask again: about as long as a database restart takes. */
  static final String RETRY_AFTER_SECONDS = "30";

  private Unavailable() {}

  /** For the API's exception mappers. */
  public static Response problem(Locale language) {
    Response problem =
        Problem.response(
            Response.Status.SERVICE_UNAVAILABLE,
            language,
            Messages.text(language, "problem.api.database-unavailable"));
    return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
  }

  /** For the sign-in mechanism and the portal's pages, which answer below JAX-RS. */
  public static void answer(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Locale language = Messages.bestMatch(Collections.list(request.getLocales()));
    response.reset();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setHeader(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag());
    response.setCharacterEncoding("UTF-8");
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.equals("/api") || path.startsWith("/api/")) {
      response.setContentType("application/problem+json");
      response
          .getWriter()
          .write(
              Json.createObjectBuilder()
                  .add("type", "about:blank")
                  .add("title", "Service Unavailable")
                  .add("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE)
                  .add("detail", Messages.text(language, "problem.api.database-unavailable"))
                  .build()
                  .toString());
      // committed now, so that no error page of the container replaces it
      response.flushBuffer();
      return;
    }
    response.setContentType("text/html");
    String title = escape(Messages.text(language, "error.unavailable.title"));
    response
        .getWriter()
        .write(
            "<!DOCTYPE html>\n<html lang=\""
                + language.toLanguageTag()
                + "\"><head><meta charset=\"UTF-8\"><title>"
                + title
                + " - Sigilo</title>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "</head><body><main><h1>"
                + title
                + "</h1><p id=\"error-explanation\">"
                + escape(Messages.text(language, "error.unavailable.explanation"))
                + "</p><p><a href=\""
                + escape(request.getContextPath() + path)
                + "\">"
                + escape(Messages.text(language, "error.unavailable.retry"))
                + "</a></p></main></body></html>");
    response.flushBuffer();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

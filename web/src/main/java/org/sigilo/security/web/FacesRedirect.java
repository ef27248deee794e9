package org.sigilo.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Sends the browser elsewhere before Faces has seen the request (from the authentication mechanism
 * or a filter). During an AJAX request a plain 302 would be followed by the Faces client and its
 * answer swallowed, so it gets the redirect as a partial response, in Faces' own words.
 */
public final class FacesRedirect {

  private FacesRedirect() {}

  /** Whether the request is a Faces AJAX request. */
  public static boolean isAjax(HttpServletRequest request) {
    return "partial/ajax".equals(request.getHeader("Faces-Request"));
  }

  /** Redirects to {@code url} (already with the context path), in the way the request expects. */
  public static void to(HttpServletRequest request, HttpServletResponse response, String url)
      throws IOException {
    if (!isAjax(request)) {
      response.sendRedirect(url);
      return;
    }
    response.setContentType("text/xml");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + url.replace("&", "&amp;").replace("\"", "&quot;")
                + "\"/></partial-response>");
  }
}

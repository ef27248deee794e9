package org.sigilo.security.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Headers that tell the browser what Sigilo's pages may do, on every answer including error pages
 * (hence the ERROR and FORWARD dispatches too: a 401, 404 or 500 page is rendered by a dispatch of
 * its own). The simpler fixed headers (nosniff, frame options, referrer) are set by Undertow
 * ({@code WEB-INF/undertow-handlers.conf}), which also marks cookies {@code Secure} over HTTPS.
 *
 * <p>The policy allows inline scripts and styles because PrimeFaces and Faces write them into every
 * page (event handlers, widget setup) and {@code eval} because Faces' AJAX runs the scripts of
 * partial responses with it; everything else must come from Sigilo itself, and no page may be put
 * in a frame (clickjacking).
 */
@WebFilter(
    filterName = "security-headers",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String POLICY =
      "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
          + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
          + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
          + "frame-ancestors 'none'";

  /** A year, as browsers' preload lists expect; only ever sent over HTTPS (RFC 6797). */
  static final String STRICT_TRANSPORT = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    chain.doFilter(request, response);
  }

  static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", POLICY);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
    }
  }
}

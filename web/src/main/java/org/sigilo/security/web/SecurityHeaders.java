package org.sigilo.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.sigilo.sso.web.SsoConfiguration;

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

  @Inject transient SsoConfiguration ssoConfiguration;

  /**
   * The policy; {@code providerOrigin}, when single sign-on is configured, may also receive form
   * posts: signing out posts to Sigilo, which redirects to the provider's end-session endpoint, and
   * browsers apply {@code form-action} to the redirects that follow a post too.
   */
  static String policy(Optional<String> providerOrigin) {
    return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
        + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
        + providerOrigin.map(origin -> " " + origin).orElse("")
        + "; frame-ancestors 'none'";
  }

  /** The scheme, host and port of a URL: what a policy names as a source. */
  static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
  }

  /** A year, as browsers' preload lists expect; only ever sent over HTTPS (RFC 6797). */
  static final String STRICT_TRANSPORT = "max-age=31536000";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response, policy(ssoConfiguration.issuer().map(SecurityHeaders::origin)));
    chain.doFilter(request, response);
  }

  static void apply(HttpServletRequest request, HttpServletResponse response, String policy) {
    response.setHeader("Content-Security-Policy", policy);
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT);
    }
  }
}

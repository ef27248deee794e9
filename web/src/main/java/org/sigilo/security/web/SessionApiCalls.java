package org.sigilo.security.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * When the portal's session cookie may stand in for credentials on the API. A browser attaches the
 * cookie to any request a foreign page makes it send, including a form post, so a cookie alone
 * proves nothing about who wanted a state-changing call. Such calls ({@code POST}, {@code PUT},
 * {@code PATCH}, {@code DELETE}) therefore need explicit credentials, which a foreign page cannot
 * make the browser send: HTTP Basic or a bearer token in the {@code Authorization} header. The one
 * exception is the portal's own script: same {@code Origin} as the server, and the session's token
 * in the {@value #TOKEN_HEADER} header (pages carry it in {@code <meta name="sigilo-csrf">}).
 * Reading ({@code GET}, {@code HEAD}) with the cookie stays allowed: the portal's download links
 * rely on it, and a foreign page cannot read the answer.
 */
public final class SessionApiCalls {

  /** The header the portal's scripts send the session's token in. */
  public static final String TOKEN_HEADER = "X-Sigilo-CSRF";

  static final String TOKEN_ATTRIBUTE = "org.sigilo.security.csrf-token";

  private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");
  private static final SecureRandom RANDOM = new SecureRandom();

  private SessionApiCalls() {}

  /** Whether the request could change something, by its method. */
  public static boolean changesState(HttpServletRequest request) {
    return !READING.contains(request.getMethod().toUpperCase(Locale.ROOT));
  }

  /**
   * Whether the {@code Authorization} header carries credentials of its own, Basic or Bearer:
   * either is set by the client on purpose, never attached by the browser on a foreign page's
   * behalf.
   */
  public static boolean hasExplicitCredentials(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null
        && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
            || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
  }

  /** Whether a request authenticated by the session cookie alone may go ahead. */
  public static boolean sessionMayCall(HttpServletRequest request) {
    return !changesState(request) || (sameOrigin(request) && tokenMatches(request));
  }

  /**
   * The session's token, made on first use. Unguessable, and only readable by pages of the same
   * origin, which is what makes it proof that the portal itself is calling.
   */
  public static String token(HttpSession session) {
    synchronized (session) {
      Object token = session.getAttribute(TOKEN_ATTRIBUTE);
      if (token instanceof String existing) {
        return existing;
      }
      byte[] random = new byte[32];
      RANDOM.nextBytes(random);
      String created = HexFormat.of().formatHex(random);
      session.setAttribute(TOKEN_ATTRIBUTE, created);
      return created;
    }
  }

  /** Browsers send {@code Origin} with every state-changing fetch; it must name this server. */
  static boolean sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    try {
      URI uri = new URI(origin);
      int port = uri.getPort() != -1 ? uri.getPort() : defaultPort(uri.getScheme());
      return request.getScheme().equalsIgnoreCase(uri.getScheme())
          && request.getServerName().equalsIgnoreCase(uri.getHost())
          && request.getServerPort() == port;
    } catch (URISyntaxException | NullPointerException notAnOrigin) {
      return false;
    }
  }

  private static int defaultPort(String scheme) {
    return "https".equalsIgnoreCase(scheme) ? 443 : 80;
  }

  private static boolean tokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String sent = request.getHeader(TOKEN_HEADER);
    Object expected = session == null ? null : session.getAttribute(TOKEN_ATTRIBUTE);
    return sent != null
        && expected instanceof String token
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}

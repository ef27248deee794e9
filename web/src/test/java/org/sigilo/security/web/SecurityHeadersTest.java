package org.sigilo.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  private final Map<String, String> headers = new HashMap<>();

  private HttpServletRequest request(boolean secure) {
    return (HttpServletRequest)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletRequest.class},
            (proxy, method, args) -> method.getName().equals("isSecure") ? secure : null);
  }

  private HttpServletResponse response() {
    return (HttpServletResponse)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {HttpServletResponse.class},
            (proxy, method, args) -> {
              if (method.getName().equals("setHeader")) {
                headers.put((String) args[0], (String) args[1]);
              }
              return null;
            });
  }

  @Test
  void overHttpsTheBrowserIsToldToStayOnHttps() {
    SecurityHeaders.apply(request(true), response());
    assertEquals("max-age=31536000", headers.get("Strict-Transport-Security"));
    assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
  }

  @Test
  void overPlainHttpThereIsNoStrictTransportHeader() {
    SecurityHeaders.apply(request(false), response());
    assertFalse(headers.containsKey("Strict-Transport-Security"));
    assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
  }
}

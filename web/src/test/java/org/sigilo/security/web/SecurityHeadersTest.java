package org.sigilo.security.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
    SecurityHeaders.apply(request(true), response(), SecurityHeaders.policy(Optional.empty()));
    assertEquals("max-age=31536000", headers.get("Strict-Transport-Security"));
    assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
  }

  @Test
  void overPlainHttpThereIsNoStrictTransportHeader() {
    SecurityHeaders.apply(request(false), response(), SecurityHeaders.policy(Optional.empty()));
    assertFalse(headers.containsKey("Strict-Transport-Security"));
    assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
  }

  @Test
  void withSingleSignOnFormsMayAlsoLeadToTheProvider() {
    String origin = SecurityHeaders.origin("https://id.example.org:8443/realms/staff");
    assertEquals("https://id.example.org:8443", origin);
    assertEquals("http://127.0.0.1", SecurityHeaders.origin("http://127.0.0.1/realms/sigilo"));

    String policy = SecurityHeaders.policy(Optional.of(origin));
    assertTrue(policy.contains("form-action 'self' https://id.example.org:8443;"), policy);
    assertTrue(
        SecurityHeaders.policy(Optional.empty()).contains("form-action 'self';"),
        "without single sign-on, forms go to Sigilo only");
  }
}

package org.sigilo.it.inserver;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The in-server test WAR's own authentication mechanism, which lets Arquillian's test runner in
 * anonymously. Jakarta Security registers a mechanism for every web module of an application that
 * has one, and Sigilo's own mechanism is not visible from this WAR.
 */
@ApplicationScoped
public class InServerTestsAuthentication implements HttpAuthenticationMechanism {

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    return context.doNothing();
  }
}

package org.sigilo.portal.web;

import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;

/**
 * Records every page the container refused to a signed-in user's role: runs when the 403 error page
 * is dispatched, which is the one place all such refusals pass (the API records its own).
 */
@WebFilter(urlPatterns = "/error/forbidden.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ForbiddenPageAudit extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @EJB AuditEvents auditEvents;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal user = request.getUserPrincipal();
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (user != null && uri != null && !uri.toString().contains("/api/")) {
      auditEvents.recordIndependently(
          user.getName(),
          "access-denied",
          "portal:" + request.getMethod() + " " + uri,
          Outcome.DENIED,
          "role not allowed");
    }
    chain.doFilter(request, response);
  }
}

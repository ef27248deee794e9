package org.sigilo.health.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.sigilo.health.boundary.DatabaseFailure;
import org.sigilo.health.boundary.DatabaseHealth;

/**
 * A portal page that failed because the database is down answers 503 with the "temporarily
 * unavailable" page ({@link Unavailable}) instead of the generic error page, whose layout would
 * need the database too. Any other failure passes on untouched to the error pages of web.xml. (The
 * API maps its own exceptions; sign-in has its own guard.)
 */
@WebFilter(urlPatterns = "/*")
public class DatabaseOutageFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @EJB DatabaseHealth databaseHealth;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | RuntimeException e) {
      if (response.isCommitted() || !DatabaseFailure.foundIn(e) || databaseHealth.isUp()) {
        throw e;
      }
      Unavailable.answer(request, response);
    }
  }
}

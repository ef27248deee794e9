package org.sigilo.api.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every exception that leaves a resource into a problem document. */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** Errors JAX-RS already classified (404, 405, 403 from {@code @RolesAllowed}, ...). */
  @Provider
  public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      Response.StatusType status = exception.getResponse().getStatusInfo();
      return Problem.response(status, detailFor(status.getStatusCode(), exception));
    }

    private static String detailFor(int status, WebApplicationException exception) {
      return switch (status) {
        case 403 -> "Your role does not allow this. Ask an admin if you need it.";
        case 404 -> "There is nothing at this address. Check the path and the id.";
        case 405 -> "This address does not accept that method.";
        case 415 -> "Send the body as application/json.";
        default ->
            exception.getMessage() == null
                ? "The request could not be served."
                : exception.getMessage();
      };
    }
  }

  /** An EJB boundary refused the caller's role. */
  @Provider
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Override
    public Response toResponse(EJBAccessException exception) {
      return Problem.response(
          Response.Status.FORBIDDEN, "Your role does not allow this. Ask an admin if you need it.");
    }
  }

  /** Anything else is our fault: log it under an incident id and tell the caller that id only. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Exception exception) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident, exception);
      return Problem.response(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Sigilo could not complete this request. Quote incident " + incident + " to your admin.");
    }
  }
}

package org.sigilo.api.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.platform.boundary.Refusal;

/**
 * Turns every exception that leaves a resource into a problem document, and audits every refusal of
 * a signed-in caller's role. CDI beans ({@code @ApplicationScoped}) so that they can reach the
 * audit trail.
 */
public final class ProblemMappers {

  static final String FORBIDDEN = "Your role does not allow this. Ask an admin if you need it.";
  static final String NOT_JSON =
      "The request body is not valid JSON of the expected shape. Check field names and types:"
          + " times as ISO-8601 instants (2026-11-29T10:15:00Z), enum values in capitals.";

  private ProblemMappers() {}

  /** Errors JAX-RS already classified (400, 404, 405, 403 from {@code @RolesAllowed}, ...). */
  @Provider
  @ApplicationScoped
  public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
    @Inject Denials denials;
    @Context UriInfo uriInfo;
    @Context Request request;
    @Context SecurityContext securityContext;

    @Override
    public Response toResponse(WebApplicationException exception) {
      Response.StatusType status = exception.getResponse().getStatusInfo();
      if (status.getStatusCode() == 403) {
        denials.record(securityContext.getUserPrincipal(), request.getMethod(), uriInfo.getPath());
      }
      return Problem.response(status, detailFor(status.getStatusCode(), exception));
    }

    private static String detailFor(int status, WebApplicationException exception) {
      if (exception instanceof InvalidRequest) {
        return exception.getMessage();
      }
      return switch (status) {
        case 400 -> NOT_JSON;
        case 403 -> FORBIDDEN;
        case 404 -> "There is nothing at this address. Check the path and the id.";
        case 405 -> "This address does not accept that method.";
        case 406 -> "This address answers in application/json.";
        case 415 -> "Send the body as application/json.";
        default -> "The request could not be served.";
      };
    }
  }

  /** The body could not be read as the JSON the resource expects. */
  @Provider
  @ApplicationScoped
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException exception) {
      return Problem.response(Response.Status.BAD_REQUEST, NOT_JSON);
    }
  }

  /** An EJB boundary refused the caller's role. */
  @Provider
  @ApplicationScoped
  public static class AccessDenied implements ExceptionMapper<EJBAccessException> {
    @Inject Denials denials;
    @Context UriInfo uriInfo;
    @Context Request request;
    @Context SecurityContext securityContext;

    @Override
    public Response toResponse(EJBAccessException exception) {
      denials.record(securityContext.getUserPrincipal(), request.getMethod(), uriInfo.getPath());
      return Problem.response(Response.Status.FORBIDDEN, FORBIDDEN);
    }
  }

  /**
   * A boundary refused the request: 400 for a broken rule, 404 for nothing (of yours) there, 409
   * for a state that does not allow it, 403 for a rule that forbids it to this person.
   */
  @Provider
  @ApplicationScoped
  public static class Refused implements ExceptionMapper<Refusal> {
    @Override
    public Response toResponse(Refusal refusal) {
      return Problem.response(
          switch (refusal.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
          },
          refusal.detail(),
          refusal.problems());
    }
  }

  /** Anything else is our fault: log it under an incident id and tell the caller that id only. */
  @Provider
  @ApplicationScoped
  public static class Unexpected implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(Unexpected.class.getName());

    @Override
    public Response toResponse(Exception exception) {
      if (exception instanceof NotFoundException notFound) {
        return Problem.response(Response.Status.NOT_FOUND, notFound.getMessage());
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident, exception);
      return Problem.response(
          Response.Status.INTERNAL_SERVER_ERROR,
          "Sigilo could not complete this request. Quote incident " + incident + " to your admin.");
    }
  }

  /** Records a refused request in the audit trail: who, which method and path. */
  @ApplicationScoped
  public static class Denials {
    @EJB AuditEvents auditEvents;

    void record(Principal caller, String method, String path) {
      auditEvents.recordIndependently(
          caller == null ? "anonymous" : caller.getName(),
          "access-denied",
          "api:" + method + " " + (path.startsWith("/") ? path : "/" + path),
          Outcome.DENIED,
          "role not allowed");
    }
  }
}

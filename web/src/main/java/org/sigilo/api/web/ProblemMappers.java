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
import org.sigilo.calls.boundary.CallNotFoundException;
import org.sigilo.calls.boundary.InvalidCallException;
import org.sigilo.jobs.boundary.InvalidJobRequest;
import org.sigilo.jobs.boundary.JobRunNotFound;

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

  /** A call broke Sigilo's rules: every broken rule, one sentence each. */
  @Provider
  @ApplicationScoped
  public static class InvalidCall implements ExceptionMapper<InvalidCallException> {
    @Override
    public Response toResponse(InvalidCallException exception) {
      return Problem.response(
          Response.Status.BAD_REQUEST,
          "Nothing was stored. Correct the following and send it again.",
          exception.problems());
    }
  }

  /** No such call, or not one the caller may see (the same answer, so ids cannot be probed). */
  @Provider
  @ApplicationScoped
  public static class CallNotFound implements ExceptionMapper<CallNotFoundException> {
    @Override
    public Response toResponse(CallNotFoundException exception) {
      return Problem.response(Response.Status.NOT_FOUND, exception.getMessage());
    }
  }

  /** A job asked for with parameters it cannot take, or an execution that does not exist. */
  @Provider
  @ApplicationScoped
  public static class InvalidJob implements ExceptionMapper<InvalidJobRequest> {
    @Override
    public Response toResponse(InvalidJobRequest exception) {
      return Problem.response(Response.Status.BAD_REQUEST, exception.getMessage());
    }
  }

  /** No such job execution. */
  @Provider
  @ApplicationScoped
  public static class JobNotFound implements ExceptionMapper<JobRunNotFound> {
    @Override
    public Response toResponse(JobRunNotFound exception) {
      return Problem.response(Response.Status.NOT_FOUND, exception.getMessage());
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

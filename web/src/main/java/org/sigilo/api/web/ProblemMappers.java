package org.sigilo.api.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.sigilo.archives.control.ArchiveFullException;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.Outcome;
import org.sigilo.health.boundary.DatabaseFailure;
import org.sigilo.health.boundary.DatabaseHealth;
import org.sigilo.health.web.Unavailable;
import org.sigilo.platform.boundary.Refusal;
import org.sigilo.platform.i18n.Message;
import org.sigilo.platform.i18n.Messages;

/**
 * Turns every exception that leaves a resource into a problem document in the request's language
 * ({@link RequestLanguage}), and audits every refusal of a signed-in caller's role. CDI beans
 * ({@code @ApplicationScoped}, which is what makes them beans in this annotated bean archive) so
 * that they can reach the audit trail, and take their loggers from the one producer ({@code
 * org.sigilo.platform.control.Resources}), named after the mapper as before.
 */
public final class ProblemMappers {

  static final String FORBIDDEN = "problem.api.forbidden";
  static final String NOT_JSON = "problem.api.not-json";

  private ProblemMappers() {}

  /** Errors JAX-RS already classified (400, 404, 405, 403 from {@code @RolesAllowed}, ...). */
  @Provider
  @ApplicationScoped
  public static class HttpErrors implements ExceptionMapper<WebApplicationException> {
    @Inject Denials denials;
    @Context UriInfo uriInfo;
    @Context Request request;
    @Context SecurityContext securityContext;
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
      Response.StatusType status = exception.getResponse().getStatusInfo();
      if (status.getStatusCode() == 403) {
        denials.record(securityContext.getUserPrincipal(), request.getMethod(), uriInfo.getPath());
      }
      Locale language = RequestLanguage.of(headers);
      return Problem.response(
          status, language, detailFor(status.getStatusCode(), exception).in(language));
    }

    private static Message detailFor(int status, WebApplicationException exception) {
      if (exception instanceof InvalidRequest invalid) {
        return invalid.explanation();
      }
      if (exception instanceof PathIds.NoSuchId noSuchId) {
        return noSuchId.explanation();
      }
      return Message.of(
          switch (status) {
            case 400 -> NOT_JSON;
            case 403 -> FORBIDDEN;
            case 404 -> "problem.api.not-found";
            case 405 -> "problem.api.method-not-allowed";
            case 406 -> "problem.api.not-acceptable";
            case 415 -> "problem.api.unsupported-media-type";
            default -> "problem.api.not-served";
          });
    }
  }

  /** The body could not be read as the JSON the resource expects. */
  @Provider
  @ApplicationScoped
  public static class UnreadableBody implements ExceptionMapper<ProcessingException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException exception) {
      Locale language = RequestLanguage.of(headers);
      return Problem.response(
          Response.Status.BAD_REQUEST, language, Messages.text(language, NOT_JSON));
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
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException exception) {
      denials.record(securityContext.getUserPrincipal(), request.getMethod(), uriInfo.getPath());
      Locale language = RequestLanguage.of(headers);
      return Problem.response(
          Response.Status.FORBIDDEN, language, Messages.text(language, FORBIDDEN));
    }
  }

  /**
   * A boundary refused the request: 400 for a broken rule, 404 for nothing (of yours) there, 409
   * for a state that does not allow it, 403 for a rule that forbids it to this person. In the
   * request's language.
   */
  @Provider
  @ApplicationScoped
  public static class Refused implements ExceptionMapper<Refusal> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(Refusal refusal) {
      Locale language = RequestLanguage.of(headers);
      return Problem.response(
          switch (refusal.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
          },
          language,
          refusal.detail(language),
          refusal.problems(language));
    }
  }

  /** The archive volume is full: 507 Insufficient Storage, saying so (audited where refused). */
  @Provider
  @ApplicationScoped
  public static class ArchiveFull implements ExceptionMapper<ArchiveFullException> {
    /** RFC 4918's 507, which JAX-RS does not name. */
    static final Response.StatusType INSUFFICIENT_STORAGE =
        new Response.StatusType() {
          @Override
          public int getStatusCode() {
            return 507;
          }

          @Override
          public Response.Status.Family getFamily() {
            return Response.Status.Family.SERVER_ERROR;
          }

          @Override
          public String getReasonPhrase() {
            return "Insufficient Storage";
          }
        };

    @Inject Logger log;
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ArchiveFullException exception) {
      log.severe(exception.getMessage());
      Locale language = RequestLanguage.of(headers);
      return Problem.response(
          INSUFFICIENT_STORAGE, language, Messages.text(language, "problem.api.archive-full"));
    }
  }

  /**
   * A database that cannot be reached is an outage: 503 with Retry-After. Anything else is our
   * fault: log it under an incident id and tell the caller that id only.
   */
  @Provider
  @ApplicationScoped
  public static class Unexpected implements ExceptionMapper<Exception> {
    @Inject Logger log;

    @Context HttpHeaders headers;
    @EJB DatabaseHealth databaseHealth;

    @Override
    public Response toResponse(Exception exception) {
      Locale language = RequestLanguage.of(headers);
      if (exception instanceof NotFoundException) {
        return Problem.response(
            Response.Status.NOT_FOUND, language, Messages.text(language, "problem.api.not-found"));
      }
      if (DatabaseFailure.foundIn(exception) && !databaseHealth.isUp()) {
        log.log(Level.WARNING, "The database cannot be reached: " + exception);
        return Unavailable.problem(language);
      }
      String incident = UUID.randomUUID().toString();
      log.log(Level.SEVERE, "Incident " + incident, exception);
      return Problem.response(
          Response.Status.INTERNAL_SERVER_ERROR,
          language,
          Messages.text(language, "problem.api.incident", incident));
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

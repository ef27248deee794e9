package org.sigilo.calls.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.sigilo.api.web.InvalidRequest;
import org.sigilo.calls.boundary.CallContent;
import org.sigilo.calls.boundary.CallDocumentation;
import org.sigilo.calls.boundary.CallFilter;
import org.sigilo.calls.boundary.CallPage;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.calls.boundary.CallView;

/**
 * {@code /api/calls}: documenting calls (agents), listing and reading their metadata, and revealing
 * confidential content with a reason. The same rules as the portal, enforced by {@link
 * CallRecords}; errors are problem documents.
 */
@Path("calls")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CallResource {

  @EJB CallRecords callRecords;
  @Context UriInfo uriInfo;

  /** Why someone needs to see a call's confidential content. */
  public record RevealRequest(String reason) {}

  @POST
  @RolesAllowed("agent")
  public Response document(CallDocumentation documentation) {
    CallView call = callRecords.document(documentation);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(call.id())).build())
        .entity(call)
        .build();
  }

  @GET
  @RolesAllowed({"agent", "records-manager", "legal", "auditor"})
  public CallPage list(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("customer") String customerReference,
      @QueryParam("class") String recordClass,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("25") String size) {
    return callRecords.list(
        new CallFilter(instant("from", from), instant("to", to), customerReference, recordClass),
        number("page", page),
        number("size", size));
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"agent", "records-manager", "legal", "auditor"})
  public CallView find(@PathParam("id") String id) {
    return callRecords.find(id(id));
  }

  @POST
  @Path("{id}/reveal")
  @RolesAllowed({"agent", "records-manager", "legal", "auditor"})
  public CallContent reveal(@PathParam("id") String id, RevealRequest request) {
    return callRecords.reveal(id(id), request == null ? null : request.reason());
  }

  private static long id(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw new NotFoundException("There is no call " + id + ".");
    }
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidRequest(
          "'"
              + name
              + "' must be an ISO-8601 instant such as 2026-11-29T10:15:00Z, not '"
              + value
              + "'.");
    }
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new InvalidRequest("'" + name + "' must be a whole number, not '" + value + "'.");
    }
  }
}

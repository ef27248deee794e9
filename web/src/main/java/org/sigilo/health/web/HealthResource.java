package org.sigilo.health.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/health}: open to probes without credentials; tells only up or down, never why
 * (details are in the server log and on the admin's status page). 200 when up, 503 when not.
 */
@Path("health")
@RequestScoped
@PermitAll
public class HealthResource {

  @Inject SystemStatus systemStatus;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Response health() {
    SystemStatus.Status status = systemStatus.getStatus();
    return Response.status(status.up() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(status)
        .build();
  }
}

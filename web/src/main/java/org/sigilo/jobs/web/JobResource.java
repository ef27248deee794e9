package org.sigilo.jobs.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.sigilo.api.web.InvalidRequest;
import org.sigilo.jobs.boundary.JobRun;
import org.sigilo.jobs.boundary.Jobs;

/** {@code /api/jobs}: start a job (202 with the execution to follow) and follow an execution. */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {

  @EJB Jobs jobs;
  @Context UriInfo uriInfo;

  /** Loads {@code count} synthetic calls into the configured database (admins only). */
  @POST
  @Path("load-synthetic-calls")
  @RolesAllowed("admin")
  public Response loadSyntheticCalls(
      @QueryParam("count") String count, @QueryParam("seed") String seed) {
    long execution = jobs.loadSyntheticCalls(count, seed);
    return Response.accepted(jobs.execution(execution))
        .location(uriInfo.getBaseUriBuilder().path("jobs").path(Long.toString(execution)).build())
        .build();
  }

  @GET
  @Path("{executionId}")
  @RolesAllowed({"admin", "records-manager", "legal", "auditor"})
  public JobRun execution(@PathParam("executionId") String executionId) {
    try {
      return jobs.execution(Long.parseLong(executionId));
    } catch (NumberFormatException e) {
      throw new InvalidRequest("A job execution id is a whole number, not '" + executionId + "'.");
    }
  }
}

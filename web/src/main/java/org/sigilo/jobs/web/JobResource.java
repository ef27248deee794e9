package org.sigilo.jobs.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.sigilo.api.web.InvalidRequest;
import org.sigilo.jobs.boundary.JobExecutions;
import org.sigilo.jobs.boundary.JobRun;
import org.sigilo.jobs.boundary.Jobs;
import org.sigilo.platform.i18n.Message;

/**
 * {@code /api/jobs}: start a job (202 with the execution to follow), follow, stop and restart
 * executions.
 */
@Path("jobs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// No body, but declared: a form post (which a foreign page can send) is refused with 415.
@Consumes(MediaType.APPLICATION_JSON)
public class JobResource {

  @EJB Jobs jobs;
  @EJB JobExecutions executions;
  @Context UriInfo uriInfo;

  /** Loads {@code count} synthetic calls into the configured database (admins only). */
  @POST
  @Path("load-synthetic-calls")
  @RolesAllowed("admin")
  public Response loadSyntheticCalls(
      @QueryParam("count") String count, @QueryParam("seed") String seed) {
    return accepted(jobs.loadSyntheticCalls(count, seed));
  }

  /**
   * Starts a retention sweep (records managers, admins); every parameter is optional. 409 while
   * another sweep runs.
   */
  @POST
  @Path("retention-sweep")
  @RolesAllowed({"records-manager", "admin"})
  public Response retentionSweep(
      @QueryParam("partitions") String partitions,
      @QueryParam("threads") String threads,
      @QueryParam("chunkSize") String chunkSize,
      @QueryParam("dueOnOrBefore") String dueOnOrBefore) {
    return accepted(jobs.startRetentionSweep(partitions, threads, chunkSize, dueOnOrBefore));
  }

  /**
   * Starts destroying an approved disposition list (legal, admins): {@code listId} is required;
   * partitions, chunkSize and passes (overwrite passes per archive file) are optional. 409 unless
   * the list is approved, or while a sweep or another destruction runs. The portal shows what it
   * would destroy first ({@code GET /api/disposition-lists/{id}/destruction-summary}).
   */
  @POST
  @Path("records-destruction")
  @RolesAllowed({"legal", "admin"})
  public Response recordsDestruction(
      @QueryParam("listId") String listId,
      @QueryParam("partitions") String partitions,
      @QueryParam("chunkSize") String chunkSize,
      @QueryParam("passes") String passes) {
    return accepted(jobs.startDestruction(listId, partitions, chunkSize, passes));
  }

  /** The newest executions of every job, newest first. */
  @GET
  @RolesAllowed({"admin", "records-manager", "legal", "auditor"})
  public List<JobRun> recent() {
    return executions.recent(20);
  }

  @GET
  @Path("{executionId}")
  @RolesAllowed({"admin", "records-manager", "legal", "auditor"})
  public JobRun execution(@PathParam("executionId") String executionId) {
    return executions.execution(executionId(executionId));
  }

  /** Asks a running execution to stop after its current chunk. */
  @POST
  @Path("{executionId}/stop")
  @RolesAllowed({"records-manager", "legal", "admin"})
  public JobRun stop(@PathParam("executionId") String executionId) {
    return jobs.stop(executionId(executionId));
  }

  /** Restarts a failed or stopped execution where it left off: 202 with the new execution. */
  @POST
  @Path("{executionId}/restart")
  @RolesAllowed({"records-manager", "legal", "admin"})
  public Response restart(@PathParam("executionId") String executionId) {
    return accepted(jobs.restart(executionId(executionId)));
  }

  private Response accepted(long execution) {
    return Response.accepted(executions.execution(execution))
        .location(uriInfo.getBaseUriBuilder().path("jobs").path(Long.toString(execution)).build())
        .build();
  }

  private static long executionId(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidRequest(Message.of("problem.api.job-execution-id", value));
    }
  }
}

package org.sigilo.retention.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sigilo.retention.boundary.ScheduleDefinition;
import org.sigilo.retention.boundary.ScheduleView;
import org.sigilo.retention.boundary.Schedules;

/**
 * {@code /api/schedules}: the retention schedule in force per record class, every version of one,
 * and new versions (records managers).
 */
@Path("schedules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ScheduleResource {

  @EJB Schedules schedules;
  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({"records-manager", "legal", "auditor", "admin"})
  public List<ScheduleView> current() {
    return schedules.current();
  }

  @GET
  @Path("{recordClass}/versions")
  @RolesAllowed({"records-manager", "legal", "auditor", "admin"})
  public List<ScheduleView> versions(@PathParam("recordClass") String recordClass) {
    return schedules.history(recordClass);
  }

  /** Defines the next version of a class's schedule; the one before is kept, superseded. */
  @POST
  @RolesAllowed("records-manager")
  public Response define(ScheduleDefinition definition) {
    ScheduleView schedule = schedules.define(definition);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(schedule.recordClass()).path("versions").build())
        .entity(schedule)
        .build();
  }
}

package org.sigilo.retention.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sigilo.retention.boundary.Schedules;

/** {@code /api/record-classes}: the classes calls are filed under; records managers add more. */
@Path("record-classes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RecordClassResource {

  /** A record class as the API shows and takes it. */
  public record RecordClassView(String code, String name, boolean active) {}

  @EJB Schedules schedules;

  @GET
  @RolesAllowed({"records-manager", "legal", "auditor", "admin"})
  public List<RecordClassView> all() {
    return schedules.recordClasses().stream()
        .map(c -> new RecordClassView(c.code(), c.name(), c.isActive()))
        .toList();
  }

  @POST
  @RolesAllowed("records-manager")
  public Response add(RecordClassView request) {
    var created =
        schedules.addRecordClass(
            request == null ? null : request.code(), request == null ? null : request.name());
    return Response.status(Response.Status.CREATED)
        .entity(new RecordClassView(created.code(), created.name(), created.isActive()))
        .build();
  }
}

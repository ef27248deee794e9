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
import org.sigilo.api.web.PathIds;
import org.sigilo.retention.boundary.HoldRequest;
import org.sigilo.retention.boundary.HoldView;
import org.sigilo.retention.boundary.Holds;

/** {@code /api/holds}: legal places and releases holds; records managers and auditors read them. */
@Path("holds")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldResource {

  /** Why a hold is released. */
  public record ReleaseRequest(String reason) {}

  @EJB Holds holds;
  @Context UriInfo uriInfo;

  @GET
  @RolesAllowed({"legal", "records-manager", "auditor"})
  public List<HoldView> all() {
    return holds.all();
  }

  @POST
  @RolesAllowed("legal")
  public Response place(HoldRequest request) {
    HoldView hold = holds.place(request);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(hold.id())).build())
        .entity(hold)
        .build();
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"legal", "records-manager", "auditor"})
  public HoldView find(@PathParam("id") String id) {
    return holds.find(PathIds.id("hold", id));
  }

  @POST
  @Path("{id}/release")
  @RolesAllowed("legal")
  public HoldView release(@PathParam("id") String id, ReleaseRequest request) {
    return holds.release(PathIds.id("hold", id), request == null ? null : request.reason());
  }
}

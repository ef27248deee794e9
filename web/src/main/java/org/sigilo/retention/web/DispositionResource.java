package org.sigilo.retention.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.sigilo.api.web.InvalidRequest;
import org.sigilo.api.web.PathIds;
import org.sigilo.destruction.boundary.DestructionSummary;
import org.sigilo.destruction.boundary.Destructions;
import org.sigilo.retention.boundary.DispositionItemView;
import org.sigilo.retention.boundary.DispositionListView;
import org.sigilo.retention.boundary.Dispositions;
import org.sigilo.retention.boundary.ItemPage;

/**
 * {@code /api/disposition-lists}: what retention sweeps found due and its review. The same rules as
 * the portal, enforced by {@link Dispositions} (including the two-person rule).
 */
@Path("disposition-lists")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispositionResource {

  /** Why: for excluding a record, sending a list back or withdrawing it. */
  public record ReasonRequest(String reason) {}

  @EJB Dispositions dispositions;
  @EJB Destructions destructions;

  @GET
  @RolesAllowed({"records-manager", "legal", "auditor"})
  public List<DispositionListView> lists() {
    return dispositions.lists(50);
  }

  @GET
  @Path("{id}")
  @RolesAllowed({"records-manager", "legal", "auditor"})
  public DispositionListView list(@PathParam("id") String id) {
    return dispositions.list(listId(id));
  }

  /**
   * What destroying the list would do now: records to destroy by class, and those held (including
   * holds placed since approval), excluded or destroyed already. Shown before anyone confirms.
   */
  @GET
  @Path("{id}/destruction-summary")
  @RolesAllowed({"records-manager", "legal", "auditor"})
  public DestructionSummary destructionSummary(@PathParam("id") String id) {
    return destructions.summary(listId(id));
  }

  @GET
  @Path("{id}/items")
  @RolesAllowed({"records-manager", "legal", "auditor"})
  public ItemPage items(
      @PathParam("id") String id,
      @QueryParam("decision") String decision,
      @QueryParam("page") @DefaultValue("0") String page,
      @QueryParam("size") @DefaultValue("50") String size) {
    return dispositions.items(
        listId(id),
        decision,
        InvalidRequest.wholeNumber("page", page),
        InvalidRequest.wholeNumber("size", size));
  }

  @POST
  @Path("{id}/items/{recordId}/exclusion")
  @RolesAllowed("records-manager")
  public DispositionItemView exclude(
      @PathParam("id") String id, @PathParam("recordId") String recordId, ReasonRequest request) {
    return dispositions.exclude(
        listId(id), PathIds.id("record", recordId), request == null ? null : request.reason());
  }

  @POST
  @Path("{id}/items/{recordId}/destruction")
  @RolesAllowed("records-manager")
  public DispositionItemView confirmDestruction(
      @PathParam("id") String id, @PathParam("recordId") String recordId) {
    return dispositions.confirmDestruction(listId(id), PathIds.id("record", recordId));
  }

  @POST
  @Path("{id}/submission")
  @RolesAllowed("records-manager")
  public DispositionListView submit(@PathParam("id") String id) {
    return dispositions.submit(listId(id));
  }

  @POST
  @Path("{id}/approval")
  @RolesAllowed("legal")
  public DispositionListView approve(@PathParam("id") String id) {
    return dispositions.approve(listId(id));
  }

  @POST
  @Path("{id}/return")
  @RolesAllowed("legal")
  public DispositionListView sendBack(@PathParam("id") String id, ReasonRequest request) {
    return dispositions.sendBack(listId(id), request == null ? null : request.reason());
  }

  @POST
  @Path("{id}/withdrawal")
  @RolesAllowed("records-manager")
  public DispositionListView withdraw(@PathParam("id") String id, ReasonRequest request) {
    return dispositions.withdraw(listId(id), request == null ? null : request.reason());
  }

  private static long listId(String id) {
    return PathIds.id("disposition-list", id);
  }
}

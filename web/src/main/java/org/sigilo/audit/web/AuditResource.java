package org.sigilo.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.sigilo.api.web.InvalidRequest;
import org.sigilo.audit.boundary.AuditEvents;
import org.sigilo.audit.entity.AuditEvent;
import org.sigilo.audit.entity.ChainVerification;

/** {@code /api/audit}: the audit trail for auditors and admins. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"auditor", "admin"})
public class AuditResource {

  @EJB AuditEvents auditEvents;

  /** Recomputes the whole chain; names the first broken event if there is one. */
  @GET
  @Path("verification")
  public ChainVerification verification() {
    return auditEvents.verify();
  }

  /** Newest events first; {@code first} skips, {@code max} (1-500) limits. */
  @GET
  @Path("events")
  public List<EventView> events(
      @QueryParam("first") @DefaultValue("0") String first,
      @QueryParam("max") @DefaultValue("50") String max) {
    return auditEvents
        .newestFirst(
            InvalidRequest.wholeNumber("first", first), InvalidRequest.wholeNumber("max", max))
        .stream()
        .map(EventView::of)
        .toList();
  }

  /** An audit event as the API shows it. */
  public record EventView(
      long sequenceNumber,
      Instant occurredAt,
      String actor,
      String action,
      String target,
      String outcome,
      String details,
      String previousHash,
      String eventHash) {

    static EventView of(AuditEvent event) {
      return new EventView(
          event.sequenceNumber(),
          event.occurredAt(),
          event.actor(),
          event.action(),
          event.target(),
          event.outcome().name(),
          event.details(),
          event.previousHash(),
          event.eventHash());
    }
  }
}

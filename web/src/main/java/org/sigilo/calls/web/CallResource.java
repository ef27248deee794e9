package org.sigilo.calls.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.sigilo.api.web.InvalidRequest;
import org.sigilo.api.web.PathIds;
import org.sigilo.api.web.RequestLanguage;
import org.sigilo.calls.boundary.AttachmentDownload;
import org.sigilo.calls.boundary.AttachmentView;
import org.sigilo.calls.boundary.CallContent;
import org.sigilo.calls.boundary.CallDocumentation;
import org.sigilo.calls.boundary.CallFilter;
import org.sigilo.calls.boundary.CallPage;
import org.sigilo.calls.boundary.CallRecords;
import org.sigilo.calls.boundary.CallView;
import org.sigilo.platform.i18n.Message;
import org.sigilo.retention.boundary.CallEventView;
import org.sigilo.retention.boundary.CallRetention;
import org.sigilo.retention.boundary.RetentionStatus;

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
  @EJB CallRetention callRetention;
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
        InvalidRequest.wholeNumber("page", page),
        InvalidRequest.wholeNumber("size", size));
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

  /** Attaches the request body, streamed, as a file named {@code name} (agents, own calls). */
  @POST
  @Path("{id}/attachments")
  @RolesAllowed("agent")
  @Consumes(MediaType.WILDCARD)
  public Response attach(
      @PathParam("id") String id,
      @QueryParam("name") String name,
      @HeaderParam("Content-Type") String contentType,
      InputStream body) {
    String mediaType = contentType == null ? null : contentType.split(";")[0].trim();
    AttachmentView attachment = callRecords.attach(id(id), name, mediaType, body);
    return Response.created(uriInfo.getAbsolutePathBuilder().path(attachment.id()).build())
        .entity(attachment)
        .build();
  }

  @GET
  @Path("{id}/attachments")
  @RolesAllowed({"agent", "records-manager", "legal", "auditor"})
  public List<AttachmentView> attachments(@PathParam("id") String id) {
    return callRecords.attachments(id(id));
  }

  /**
   * Streams an attachment's plaintext for a stated reason (audited), with its media type, length,
   * original name and SHA-256 ({@code Repr-Digest}, RFC 9530). The reason travels in the header
   * {@code Sigilo-Reason}: not in the URL, where it would land in access logs, and not something a
   * link on another site can send, so nobody can be made to "download" by a forged link.
   */
  @GET
  @Path("{id}/attachments/{attachmentId}")
  @Produces(MediaType.WILDCARD)
  @RolesAllowed({"agent", "records-manager", "legal", "auditor"})
  public Response download(
      @PathParam("id") String id,
      @PathParam("attachmentId") String attachmentId,
      @HeaderParam("Sigilo-Reason") String reason) {
    AttachmentDownload download = callRecords.download(id(id), attachmentId, reason);
    AttachmentView attachment = download.attachment();
    StreamingOutput body = out -> download.content().writeTo(out);
    return Response.ok(body, attachment.mediaType())
        .header("Content-Length", attachment.size())
        .header("Content-Disposition", contentDisposition(download.fileName()))
        .header(
            "Repr-Digest",
            "sha-256=:"
                + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256()))
                + ":")
        .build();
  }

  /** An event that starts a retention clock, e.g. {@code account-closure} on a date. */
  public record EventRequest(String eventType, String occurredOn) {}

  /** Records a retention trigger event for the call (records managers). */
  @POST
  @Path("{id}/events")
  @RolesAllowed("records-manager")
  public Response recordEvent(@PathParam("id") String id, EventRequest request) {
    CallEventView event =
        callRetention.recordEvent(
            id(id),
            request == null ? null : request.eventType(),
            request == null ? null : request.occurredOn());
    return Response.status(Response.Status.CREATED).entity(event).build();
  }

  /**
   * When the call falls due and why: schedule version, trigger, due date, holds in force; the
   * explanation in the request's language.
   */
  @GET
  @Path("{id}/retention")
  @RolesAllowed({"records-manager", "legal", "auditor"})
  public Response retention(@PathParam("id") String id, @Context HttpHeaders headers) {
    Locale language = RequestLanguage.of(headers);
    RetentionStatus status = callRetention.status(id(id), language);
    return Response.ok(status, MediaType.APPLICATION_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
        .build();
  }

  /** An ASCII fallback and the exact UTF-8 name (RFC 6266). */
  static String contentDisposition(String fileName) {
    String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
    return "attachment; filename=\""
        + ascii
        + "\"; filename*=UTF-8''"
        + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static long id(String id) {
    return PathIds.id("call", id);
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidRequest(Message.of("problem.api.instant", name, value));
    }
  }
}

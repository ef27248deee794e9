package org.sigilo.users.web;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.sigilo.users.boundary.PasswordIssued;
import org.sigilo.users.boundary.People;
import org.sigilo.users.boundary.PersonRequest;
import org.sigilo.users.boundary.PersonView;
import org.sigilo.users.boundary.UserAccounts;

/**
 * {@code /api/users}: admins list, filter and create people, change their roles, disable and enable
 * them and reset their passwords, each change with a reason; everyone changes their own password at
 * {@code /api/users/me/password}. Refusals are problem documents naming the field.
 */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PeopleResource {

  /** The roles a person should have from now on, and why. */
  public record RolesChange(List<String> roles, String reason) {}

  /** What certificates print about a person and how to reach them, and why it changes. */
  public record Description(String displayName, String jobTitle, String email, String reason) {}

  /** Why an account is disabled or enabled. */
  public record Reason(String reason) {}

  /** Why a password is reset, and optionally the new one (else Sigilo makes one). */
  public record PasswordReset(String reason, String password) {}

  /** The caller's own password change: the current password proves it is them. */
  public record OwnPasswordChange(String currentPassword, String newPassword) {}

  @EJB People people;
  @EJB UserAccounts userAccounts;
  @Context UriInfo uriInfo;

  /** Filters: {@code q} (part of a name, job title or email), {@code role}, {@code status}. */
  @GET
  @RolesAllowed("admin")
  public List<PersonView> list(
      @QueryParam("q") String text,
      @QueryParam("role") String role,
      @QueryParam("status") String status) {
    return people.list(text, role, status);
  }

  @POST
  @RolesAllowed("admin")
  public Response create(PersonRequest request) {
    PasswordIssued created = people.create(request);
    return Response.created(
            uriInfo.getAbsolutePathBuilder().path(created.person().username()).build())
        .entity(created)
        .build();
  }

  @GET
  @Path("{username}")
  @RolesAllowed("admin")
  public PersonView find(@PathParam("username") String username) {
    return people.find(username);
  }

  @PUT
  @Path("{username}")
  @RolesAllowed("admin")
  public PersonView describe(@PathParam("username") String username, Description description) {
    if (description == null) {
      return people.describe(username, null, null, null, null);
    }
    return people.describe(
        username,
        description.displayName(),
        description.jobTitle(),
        description.email(),
        description.reason());
  }

  @PUT
  @Path("{username}/roles")
  @RolesAllowed("admin")
  public PersonView changeRoles(@PathParam("username") String username, RolesChange change) {
    return people.changeRoles(
        username, change == null ? null : change.roles(), change == null ? null : change.reason());
  }

  @POST
  @Path("{username}/disable")
  @RolesAllowed("admin")
  public PersonView disable(@PathParam("username") String username, Reason reason) {
    return people.disable(username, reason == null ? null : reason.reason());
  }

  @POST
  @Path("{username}/enable")
  @RolesAllowed("admin")
  public PersonView enable(@PathParam("username") String username, Reason reason) {
    return people.enable(username, reason == null ? null : reason.reason());
  }

  @POST
  @Path("{username}/password-reset")
  @RolesAllowed("admin")
  public PasswordIssued resetPassword(@PathParam("username") String username, PasswordReset reset) {
    return people.resetPassword(
        username, reset == null ? null : reset.password(), reset == null ? null : reset.reason());
  }

  /** 204 when changed. Open to every signed-in person, also one who must change it first. */
  @POST
  @Path("me/password")
  @PermitAll
  public Response changeOwnPassword(OwnPasswordChange change) {
    userAccounts.changeOwnPassword(
        change == null ? null : change.currentPassword(),
        change == null ? null : change.newPassword());
    return Response.noContent().build();
  }
}

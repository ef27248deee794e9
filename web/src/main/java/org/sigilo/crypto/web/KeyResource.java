package org.sigilo.crypto.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.sigilo.crypto.boundary.Keys;

/** {@code /api/keys}: rotating the master key (admins). */
@Path("keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
// No body, but declared: a form post (which a foreign page can send) is refused with 415.
@Consumes(MediaType.APPLICATION_JSON)
public class KeyResource {

  @EJB Keys keys;

  /** Adds a master key, re-wraps every key-encryption key with it; data is not touched. */
  @POST
  @Path("master-key-rotation")
  @RolesAllowed("admin")
  public Map<String, String> rotateMasterKey() {
    return Map.of("currentMasterKey", keys.rotateMasterKey());
  }
}

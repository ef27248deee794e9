package org.sigilo.api.web;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.InputStream;

/**
 * {@code GET /api/openapi}: the API described in OpenAPI 3 (src/main/resources/openapi.yaml). Kept
 * by hand next to the resources; {@code OpenApiDocumentTest} fails when a resource path is missing
 * from it.
 */
@Path("openapi")
@RequestScoped
@PermitAll
public class OpenApiResource {

  static final String DOCUMENT = "/openapi.yaml";

  @GET
  @Produces("application/yaml")
  public InputStream document() {
    return OpenApiResource.class.getResourceAsStream(DOCUMENT);
  }
}

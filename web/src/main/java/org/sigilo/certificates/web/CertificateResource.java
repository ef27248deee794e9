package org.sigilo.certificates.web;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.sigilo.api.web.InvalidRequest;
import org.sigilo.api.web.PathIds;
import org.sigilo.api.web.RequestLanguage;
import org.sigilo.certificates.boundary.CertificateView;
import org.sigilo.certificates.boundary.Certificates;
import org.sigilo.certificates.boundary.VerificationResult;
import org.sigilo.platform.i18n.Message;

/**
 * {@code /api/certificates}: destruction certificates for legal and auditors. Search by issue date
 * ({@code from}, {@code to}), by a destroyed record's id ({@code recordId}) or by {@code
 * customerReference}; download one as its signed PDF; verify a PDF (the request body) against its
 * signature and against what Sigilo issued.
 */
@Path("certificates")
@RequestScoped
@RolesAllowed({"legal", "auditor"})
public class CertificateResource {

  @EJB Certificates certificates;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public List<CertificateView> search(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("recordId") String recordId,
      @QueryParam("customerReference") String customerReference) {
    Long record = null;
    if (recordId != null && !recordId.isBlank()) {
      try {
        record = Long.parseLong(recordId.trim());
      } catch (NumberFormatException e) {
        throw new InvalidRequest(Message.of("problem.api.record-id", recordId));
      }
    }
    return certificates.search(date("from", from), date("to", to), record, customerReference);
  }

  /** The certificate's signed PDF, byte for byte as issued. */
  @GET
  @Path("{number}")
  @Produces("application/pdf")
  public Response pdf(@PathParam("number") String number) {
    long id = PathIds.id("destruction-certificate", number);
    CertificateView certificate = certificates.find(id);
    return Response.ok(certificates.pdf(id), "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"destruction-certificate-" + id + ".pdf\"")
        .header("Repr-Digest", "sha-256=:" + base64(certificate.sha256()) + ":")
        .build();
  }

  /**
   * Checks the PDF in the request body: 200 with what was found, authentic or not; the problems in
   * the request's language.
   */
  @POST
  @Path("verification")
  @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
  @Produces(MediaType.APPLICATION_JSON)
  public Response verify(InputStream body, @Context HttpHeaders headers) {
    try {
      byte[] pdf = body.readNBytes(Certificates.MAX_UPLOAD_BYTES + 1);
      Locale language = RequestLanguage.of(headers);
      VerificationResult result = certificates.verify(pdf, language);
      return Response.ok(result, MediaType.APPLICATION_JSON)
          .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the uploaded file", e);
    }
  }

  private static LocalDate date(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidRequest(Message.of("problem.api.date", name, value));
    }
  }

  private static String base64(String hex) {
    return java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(hex));
  }
}

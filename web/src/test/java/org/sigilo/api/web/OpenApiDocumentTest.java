package org.sigilo.api.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sigilo.audit.web.AuditResource;
import org.sigilo.calls.web.CallResource;
import org.sigilo.certificates.web.CertificateResource;
import org.sigilo.crypto.web.KeyResource;
import org.sigilo.health.web.HealthResource;
import org.sigilo.jobs.web.JobResource;
import org.sigilo.retention.web.DispositionResource;
import org.sigilo.retention.web.HoldResource;
import org.sigilo.retention.web.RecordClassResource;
import org.sigilo.retention.web.ScheduleResource;
import org.sigilo.users.web.PeopleResource;

/** The hand-kept OpenAPI document names every path and method the resources serve. */
class OpenApiDocumentTest {

  static final List<Class<?>> RESOURCES =
      List.of(
          HealthResource.class,
          OpenApiResource.class,
          AuditResource.class,
          CallResource.class,
          JobResource.class,
          KeyResource.class,
          ScheduleResource.class,
          RecordClassResource.class,
          HoldResource.class,
          DispositionResource.class,
          CertificateResource.class,
          PeopleResource.class);

  @Test
  void everyResourceMethodIsDocumented() throws IOException {
    String document;
    try (InputStream in = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
      assertNotNull(in, "openapi.yaml is on the class path");
      document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<String> missing = new ArrayList<>();
    for (Class<?> resource : RESOURCES) {
      String base = "/" + resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        Path sub = method.getAnnotation(Path.class);
        String path = sub == null ? base : base + "/" + sub.value();
        int at = document.indexOf("\n  " + path + ":\n");
        int next = at < 0 ? -1 : document.indexOf("\n  /", at + 1);
        String section =
            at < 0
                ? ""
                : document.substring(at, next < 0 ? document.indexOf("\ncomponents:") : next);
        if (!section.contains("\n    " + verb + ":")) {
          missing.add(verb.toUpperCase() + " " + path);
        }
      }
    }
    assertTrue(missing.isEmpty(), "not in openapi.yaml: " + missing);
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "get";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "post";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "put";
    }
    return method.isAnnotationPresent(DELETE.class) ? "delete" : null;
  }
}

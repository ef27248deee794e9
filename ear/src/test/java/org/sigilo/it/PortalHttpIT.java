package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The portal's security seen over plain HTTP: redirects, roles, cookies, CSRF. */
@ExtendWith(ArquillianExtension.class)
class PortalHttpIT {

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  @Test
  void aProtectedPageSendsAnonymousVisitorsToTheLoginPageAndBack() {
    HttpResponse<String> response = new PortalSession().get("/audit/audit-trail.xhtml");
    assertEquals(302, response.statusCode());
    assertTrue(
        response
            .headers()
            .firstValue("Location")
            .orElse("")
            .endsWith("/sigilo/login.xhtml?from=%2Faudit%2Faudit-trail.xhtml"),
        response.headers().toString());
  }

  @Test
  void anAjaxRequestWithoutASessionIsToldInFacesWordsToSignIn() {
    PortalSession visitor = new PortalSession();
    HttpResponse<String> response =
        visitor.send(
            HttpRequest.newBuilder(URI.create(SigiloHttp.baseUrl() + "/calls/calls.xhtml?page=2"))
                .header("Faces-Request", "partial/ajax")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.partial.ajax=true"))
                .build());
    // a 302 would be followed by the Faces client and its answer swallowed: the page would hang
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(
        response
            .body()
            .contains(
                "<partial-response><redirect url=\"/sigilo/login.xhtml?from=%2Fcalls%2Fcalls.xhtml%3Fpage%3D2\"/>"),
        response.body());
  }

  @Test
  void theSessionCookieIsHttpOnlyAndRenewedAtSignIn() {
    PortalSession visitor = new PortalSession();
    HttpResponse<String> loginPage = visitor.get("/login.xhtml");
    String before = loginPage.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(before.contains("HttpOnly"), before);
    HttpResponse<String> signedIn =
        visitor.post(
            "/login.xhtml",
            Map.of(
                "login-form", "login-form",
                "login-form:from", "",
                "login-form:username", "agent",
                "login-form:password", "agent-demo",
                "login-form:sign-in", "",
                "jakarta.faces.ViewState", PortalSession.viewState(loginPage.body())));
    assertEquals(302, signedIn.statusCode());
    String after = signedIn.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(after.contains("HttpOnly"), after);
    assertFalse(
        after.split(";")[0].equals(before.split(";")[0]), "session id must change at sign-in");
  }

  @Test
  void aWrongRoleGetsTheForbiddenPageWithoutAStackTrace() {
    PortalSession agent = new PortalSession();
    assertEquals(302, agent.signIn("agent", "agent-demo").statusCode());
    HttpResponse<String> response = agent.get("/admin/system-status.xhtml");
    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("You may not open this page"), response.body());
    assertFalse(
        response.body().contains("Caused by") || response.body().contains(".java:"),
        "no stack trace");
    assertEquals(200, agent.get("/index.xhtml").statusCode());
    var denial =
        SigiloHttp.newestAuditEvents(3).stream()
            .map(jakarta.json.JsonObject.class::cast)
            .filter(e -> e.getString("action").equals("access-denied"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the refused page was not audited"));
    assertEquals("agent", denial.getString("actor"));
    assertEquals("portal:GET /sigilo/admin/system-status.xhtml", denial.getString("target"));
  }

  @Test
  void aFormPostedWithAForgedViewStateIsRejected() {
    PortalSession admin = new PortalSession();
    assertEquals(302, admin.signIn("admin", "admin-demo").statusCode());
    HttpResponse<String> forged =
        admin.post(
            "/index.xhtml",
            Map.of(
                "logout-form", "logout-form",
                "logout-form:logout", "Sign out",
                "jakarta.faces.ViewState", "-1234567890:987654321"));
    assertFalse(
        forged.statusCode() == 302
            && forged.headers().firstValue("Location").orElse("").contains("signedOut"),
        "a forged form must not sign the user out");
    assertTrue(forged.body().contains("This page has expired"), forged.body());
    assertEquals(200, admin.get("/index.xhtml").statusCode(), "still signed in");
  }

  @Test
  void theLoginAndErrorPagesSpeakTheBrowsersLanguageBeforeSignIn() {
    HttpResponse<String> login = inSpanish("/login.xhtml");
    assertEquals(200, login.statusCode());
    assertTrue(login.body().contains("<html lang=\"es\""), "the page says its language");
    // (accented letters may be written as character references: compare the plain part)
    assertTrue(login.body().contains("<h1>Iniciar sesi"), login.body());
    assertTrue(login.body().contains("Nombre de usuario"), "labels in Spanish");
    assertTrue(
        login.body().contains("id=\"language-form:language\""),
        "the language switch is offered before sign-in");
    HttpResponse<String> notFound = inSpanish("/error/not-found.xhtml");
    assertTrue(notFound.body().contains("gina no encontrada</h1>"), notFound.body());
    assertTrue(new PortalSession().get("/login.xhtml").body().contains("<h1>Sign in</h1>"));
  }

  private static HttpResponse<String> inSpanish(String path) {
    return SigiloHttp.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(SigiloHttp.baseUrl() + path))
            .header("Accept-Language", "es-ES,es;q=0.9,en;q=0.5")
            .GET()
            .build());
  }

  @Test
  void errorPagesAreOpenAndPlain() {
    HttpResponse<String> response = new PortalSession().get("/error/not-found.xhtml");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("Page not found"));
  }
}

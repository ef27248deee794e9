package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sigilo.platform.i18n.Messages;

/**
 * {@code /api/users} and the account rules from the outside: admins create, list, filter, change
 * roles, disable, enable and reset; a disabled account's remembered API credentials fail at once;
 * the last active admin stays one, also when two admins try to disable each other at the same
 * moment; passwords follow the policy; a given password must be changed first; every change is
 * audited with who and why. Each test makes people of its own (unique user names).
 */
@ExtendWith(ArquillianExtension.class)
class UsersApiIT {

  /** Long, unusual and nobody's name: the policy accepts it. */
  static final String GOOD_PASSWORD = "Quiet-Harbor-Lamp-4821";

  static final String ADMIN = DemoUser.ADMIN.basicAuthorization();

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  @ParameterizedTest
  @EnumSource(
      value = DemoUser.class,
      names = {"ADMIN"},
      mode = EnumSource.Mode.EXCLUDE)
  void nonAdminsGet403OnUsers(DemoUser user) {
    assertEquals(403, SigiloHttp.get("/api/users", user).statusCode());
    HttpResponse<String> create =
        send("POST", "/api/users", user.basicAuthorization(), person(unique("x"), "agent", null));
    assertEquals(403, create.statusCode(), create.body());
  }

  @Test
  void anAdminCreatesAPersonWhoThenAppearsInTheFilteredList() {
    String name = unique("ana");
    HttpResponse<String> created = send("POST", "/api/users", ADMIN, person(name, "agent", null));
    assertEquals(201, created.statusCode(), created.body());
    JsonObject issued = SigiloHttp.object(created);
    String oneTime = issued.getString("oneTimePassword");
    assertEquals(20, oneTime.length(), "a one-time password was made and answered once");
    JsonObject view = issued.getJsonObject("person");
    assertEquals(name, view.getString("username"));
    assertEquals("Ana " + name, view.getString("displayName"));
    assertEquals("Claims clerk", view.getString("jobTitle"));
    assertEquals(List.of("agent"), strings(view.getJsonArray("roles")));
    assertTrue(view.getBoolean("mustChangePassword"));
    assertFalse(view.getBoolean("disabled"));
    assertFalse(created.body().contains("passwordHash"), created.body());
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/users/" + name));

    assertEquals(List.of(name), usernames("/api/users?q=" + name));
    assertEquals(List.of(name), usernames("/api/users?q=" + name + "&role=agent&status=active"));
    assertEquals(List.of(), usernames("/api/users?q=" + name + "&role=legal"));
    assertEquals(List.of(), usernames("/api/users?q=" + name + "&status=disabled"));
    assertTrue(usernames("/api/users?role=admin").contains("admin"));
    assertFalse(usernames("/api/users?role=admin").contains(name));
    assertEquals(200, SigiloHttp.get("/api/users/" + name, DemoUser.ADMIN).statusCode());
    assertEquals(400, SigiloHttp.get("/api/users?status=gone", DemoUser.ADMIN).statusCode());

    JsonObject audited = newest("user-created", name);
    assertEquals("admin", audited.getString("actor"));
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndNothingIsCreated() {
    String name = "has space " + UUID.randomUUID();
    JsonObject request =
        Json.createObjectBuilder()
            .add("username", name)
            .add("displayName", "")
            .add("jobTitle", "Clerk")
            .add("email", "not-an-address")
            .add("roles", Json.createArrayBuilder())
            .add("password", "short")
            .build();
    HttpResponse<String> refused = send("POST", "/api/users", ADMIN, request.toString());
    assertEquals(400, refused.statusCode(), refused.body());
    String problems = problems(refused);
    for (String field : List.of("User name:", "Display name:", "Email:", "Roles:", "Password:")) {
      assertTrue(problems.contains(field), field + " in " + problems);
    }

    String taken = unique("dup");
    assertEquals(201, send("POST", "/api/users", ADMIN, person(taken, "agent", null)).statusCode());
    HttpResponse<String> again = send("POST", "/api/users", ADMIN, person(taken, "legal", null));
    assertEquals(400, again.statusCode());
    assertTrue(problems(again).contains("already taken"), again.body());
    assertEquals(
        List.of("agent"),
        strings(
            SigiloHttp.object(SigiloHttp.get("/api/users/" + taken, DemoUser.ADMIN))
                .getJsonArray("roles")),
        "the first account is untouched");

    HttpResponse<String> unknownRole =
        send("POST", "/api/users", ADMIN, person(unique("r"), "root", null));
    assertTrue(problems(unknownRole).contains("\"root\" is not a role"), unknownRole.body());
  }

  @Test
  void weakAndCommonPasswordsAreRefusedWithAdviceInTheReadersLanguage() {
    String name = unique("weak");
    HttpResponse<String> common =
        send("POST", "/api/users", ADMIN, person(name, "agent", "password1234"));
    assertEquals(400, common.statusCode(), common.body());
    assertTrue(problems(common).contains("most common passwords"), common.body());
    assertTrue(problems(common).contains("To choose a better one"), common.body());
    assertEquals(404, SigiloHttp.get("/api/users/" + name, DemoUser.ADMIN).statusCode());

    HttpResponse<String> weak =
        send("POST", "/api/users", ADMIN, person(name, "agent", "aaaaaaaaaaaa"));
    assertTrue(problems(weak).contains("too easy to guess"), weak.body());

    HttpResponse<String> spanish =
        SigiloHttp.send(
            request("POST", "/api/users", ADMIN, person(name, "agent", "password1234"))
                .header("Accept-Language", "es")
                .build());
    String inSpanish = problems(spanish);
    assertTrue(
        inSpanish.contains(
            Messages.text(Locale.forLanguageTag("es"), "problem.users.password-common")),
        inSpanish);
    // nbvcxz's own warning, in Spanish too
    assertTrue(inSpanish.contains("contraseña común"), inSpanish);
  }

  @Test
  void aGivenPasswordMustBeChangedFirstAndOnlyWithTheCurrentOne() {
    String name = unique("first");
    String given = "Given-Copper-Fjord-" + UUID.randomUUID().toString().substring(0, 6);
    assertEquals(201, send("POST", "/api/users", ADMIN, person(name, "agent", given)).statusCode());
    String asGiven = DemoUser.basic(name, given);

    HttpResponse<String> first = SigiloHttp.get("/api/calls", asGiven);
    assertEquals(403, first.statusCode(), first.body());
    assertTrue(
        SigiloHttp.object(first).getString("detail").contains("Change your password in the portal"),
        first.body());

    HttpResponse<String> wrongCurrent =
        send("POST", "/api/users/me/password", asGiven, ownChange("not-it", GOOD_PASSWORD));
    assertEquals(400, wrongCurrent.statusCode());
    assertTrue(problems(wrongCurrent).contains("Current password:"), wrongCurrent.body());
    HttpResponse<String> weakNew =
        send("POST", "/api/users/me/password", asGiven, ownChange(given, "password1234"));
    assertEquals(400, weakNew.statusCode());
    assertEquals(403, SigiloHttp.get("/api/calls", asGiven).statusCode(), "still must change");

    HttpResponse<String> changed =
        send("POST", "/api/users/me/password", asGiven, ownChange(given, GOOD_PASSWORD));
    assertEquals(204, changed.statusCode(), changed.body());
    assertEquals(401, SigiloHttp.get("/api/calls", asGiven).statusCode(), "old password is gone");
    HttpResponse<String> works = SigiloHttp.get("/api/calls", DemoUser.basic(name, GOOD_PASSWORD));
    assertEquals(200, works.statusCode(), works.body());
    assertEquals(name, newest("password-changed", name).getString("actor"));
  }

  @Test
  void aDisabledAccountsRememberedCredentialsFailAtOnceAndEnablingNeedsAReason() {
    String name = readyPerson("leaver", "agent");
    String credentials = DemoUser.basic(name, GOOD_PASSWORD);
    assertEquals(200, SigiloHttp.get("/api/calls", credentials).statusCode(), "now remembered");

    HttpResponse<String> noReason = send("POST", "/api/users/" + name + "/disable", ADMIN, "{}");
    assertEquals(400, noReason.statusCode());
    assertTrue(problems(noReason).contains("Reason:"), noReason.body());
    assertEquals(200, SigiloHttp.get("/api/calls", credentials).statusCode(), "nothing changed");

    HttpResponse<String> disabled =
        send("POST", "/api/users/" + name + "/disable", ADMIN, reason("left the company"));
    assertEquals(200, disabled.statusCode(), disabled.body());
    assertTrue(SigiloHttp.object(disabled).getBoolean("disabled"));
    assertEquals(401, SigiloHttp.get("/api/calls", credentials).statusCode(), "refused at once");
    JsonObject audited = newest("user-disabled", name);
    assertEquals("admin", audited.getString("actor"));
    assertTrue(audited.getString("details").contains("left the company"), audited.toString());
    assertEquals(List.of(name), usernames("/api/users?q=" + name + "&status=disabled"));

    assertEquals(400, send("POST", "/api/users/" + name + "/enable", ADMIN, "{}").statusCode());
    assertEquals(
        200,
        send("POST", "/api/users/" + name + "/enable", ADMIN, reason("came back as a contractor"))
            .statusCode());
    assertEquals(200, SigiloHttp.get("/api/calls", credentials).statusCode());
    assertTrue(newest("user-enabled", name).getString("details").contains("contractor"));
  }

  @Test
  void whatCertificatesPrintIsCorrectedWithAReasonAndNamesTheField() {
    String name = unique("typo");
    assertEquals(201, send("POST", "/api/users", ADMIN, person(name, "legal", null)).statusCode());
    HttpResponse<String> refused =
        send("PUT", "/api/users/" + name, ADMIN, description("", "Legal counsel", "x", "typo"));
    assertEquals(400, refused.statusCode(), refused.body());
    for (String field : List.of("Display name:", "Email:", "Reason:")) {
      assertTrue(problems(refused).contains(field), field + " in " + refused.body());
    }
    HttpResponse<String> fixed =
        send(
            "PUT",
            "/api/users/" + name,
            ADMIN,
            description("Lee Legal-Smith", "Senior legal counsel", "", "name misspelt at hiring"));
    assertEquals(200, fixed.statusCode(), fixed.body());
    JsonObject view = SigiloHttp.object(fixed);
    assertEquals("Lee Legal-Smith", view.getString("displayName"));
    assertEquals("Senior legal counsel", view.getString("jobTitle"));
    assertFalse(view.containsKey("email") && !view.isNull("email"), "the email was removed");
    JsonObject audited = newest("user-described", name);
    assertEquals("admin", audited.getString("actor"));
    assertTrue(audited.getString("details").contains("misspelt"), audited.toString());
  }

  @Test
  void rolesChangeWithAReasonAndTakeEffectAtTheNextRequest() {
    String name = readyPerson("mover", "agent");
    String credentials = DemoUser.basic(name, GOOD_PASSWORD);
    assertEquals(403, SigiloHttp.get("/api/holds", credentials).statusCode());

    HttpResponse<String> none =
        send("PUT", "/api/users/" + name + "/roles", ADMIN, roles(List.of(), "moved to legal"));
    assertEquals(400, none.statusCode());
    assertTrue(problems(none).contains("Roles:"), none.body());
    HttpResponse<String> noReason =
        send("PUT", "/api/users/" + name + "/roles", ADMIN, roles(List.of("legal"), ""));
    assertEquals(400, noReason.statusCode());

    HttpResponse<String> changed =
        send(
            "PUT",
            "/api/users/" + name + "/roles",
            ADMIN,
            roles(List.of("legal"), "moved to legal"));
    assertEquals(200, changed.statusCode(), changed.body());
    assertEquals(List.of("legal"), strings(SigiloHttp.object(changed).getJsonArray("roles")));
    assertEquals(200, SigiloHttp.get("/api/holds", credentials).statusCode());
    JsonObject audited = newest("user-roles-changed", name);
    assertEquals("admin", audited.getString("actor"));
    assertTrue(audited.getString("details").contains("moved to legal"), audited.toString());
    assertTrue(audited.getString("details").contains("[agent] -> [legal]"), audited.toString());
  }

  @Test
  void aResetPasswordReplacesTheOldOneAtOnceAndMustBeChanged() {
    String name = readyPerson("forgetful", "agent");
    assertEquals(
        400,
        send("POST", "/api/users/" + name + "/password-reset", ADMIN, "{}").statusCode(),
        "a reset needs a reason");
    HttpResponse<String> reset =
        send(
            "POST",
            "/api/users/" + name + "/password-reset",
            ADMIN,
            reason("forgot it after the holidays"));
    assertEquals(200, reset.statusCode(), reset.body());
    String oneTime = SigiloHttp.object(reset).getString("oneTimePassword");
    assertTrue(SigiloHttp.object(reset).getJsonObject("person").getBoolean("mustChangePassword"));
    assertEquals(
        401, SigiloHttp.get("/api/calls", DemoUser.basic(name, GOOD_PASSWORD)).statusCode());
    assertEquals(403, SigiloHttp.get("/api/calls", DemoUser.basic(name, oneTime)).statusCode());
    JsonObject audited = newest("user-password-reset", name);
    assertEquals("admin", audited.getString("actor"));
    assertTrue(audited.getString("details").contains("holidays"), audited.toString());
    assertFalse(audited.toString().contains(oneTime), "the audit trail never holds a password");
  }

  /**
   * Leaves the demo admin the only active admin, then: it can neither be disabled nor lose the
   * role. Then two admins disable each other at the same moment: exactly one of them succeeds. The
   * demo admin is active again at the end (other tests sign in as it).
   */
  @Test
  void theLastActiveAdminCannotBeDisabledOrLoseTheRoleEvenUnderConcurrency() throws Exception {
    for (String other : usernames("/api/users?role=admin&status=active")) {
      if (!other.equals("admin")) {
        assertEquals(
            200,
            send("POST", "/api/users/" + other + "/disable", ADMIN, reason("only one admin"))
                .statusCode());
      }
    }
    HttpResponse<String> self =
        send("POST", "/api/users/admin/disable", ADMIN, reason("try to lock everyone out"));
    assertEquals(409, self.statusCode(), self.body());
    assertTrue(
        SigiloHttp.object(self).getString("detail").contains("last active administrator"),
        self.body());
    HttpResponse<String> demoted =
        send("PUT", "/api/users/admin/roles", ADMIN, roles(List.of("auditor"), "no more admins"));
    assertEquals(409, demoted.statusCode(), demoted.body());
    assertEquals(
        List.of("admin"),
        strings(
            SigiloHttp.object(SigiloHttp.get("/api/users/admin", DemoUser.ADMIN))
                .getJsonArray("roles")));

    String second = readyPerson("deputy", "admin");
    String deputy = DemoUser.basic(second, GOOD_PASSWORD);
    // both credentials remembered, so that both requests reach the boundary without delay
    assertEquals(200, SigiloHttp.get("/api/users?q=admin", deputy).statusCode());
    assertEquals(200, SigiloHttp.get("/api/users?q=admin", ADMIN).statusCode());
    CountDownLatch start = new CountDownLatch(1);
    CompletableFuture<HttpResponse<String>> adminDisablesDeputy =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return send("POST", "/api/users/" + second + "/disable", ADMIN, reason("race one"));
            });
    CompletableFuture<HttpResponse<String>> deputyDisablesAdmin =
        CompletableFuture.supplyAsync(
            () -> {
              await(start);
              return send("POST", "/api/users/admin/disable", deputy, reason("race two"));
            });
    start.countDown();
    List<Integer> statuses =
        List.of(adminDisablesDeputy.get().statusCode(), deputyDisablesAdmin.get().statusCode());
    assertEquals(
        1, statuses.stream().filter(s -> s == 200).count(), "exactly one succeeded: " + statuses);
    assertTrue(
        statuses.stream().allMatch(s -> s == 200 || s == 409 || s == 401),
        "the other was refused as the last admin (409) or as disabled already (401): " + statuses);
    assertEquals(1, usernames("/api/users?role=admin&status=active", deputy, ADMIN).size());

    if (deputyDisablesAdmin.get().statusCode() == 200) {
      assertEquals(
          200,
          send("POST", "/api/users/admin/enable", deputy, reason("the demo admin comes back"))
              .statusCode());
    }
    assertEquals(200, SigiloHttp.get("/api/users/admin", DemoUser.ADMIN).statusCode());
  }

  /** A person with a password of their own (changed once), ready to use the API. */
  static String readyPerson(String prefix, String role) {
    String name = unique(prefix);
    String given = "Given-Copper-Fjord-" + UUID.randomUUID().toString().substring(0, 6);
    HttpResponse<String> created = send("POST", "/api/users", ADMIN, person(name, role, given));
    assertEquals(201, created.statusCode(), created.body());
    HttpResponse<String> changed =
        send(
            "POST",
            "/api/users/me/password",
            DemoUser.basic(name, given),
            ownChange(given, GOOD_PASSWORD));
    assertEquals(204, changed.statusCode(), changed.body());
    return name;
  }

  static String unique(String prefix) {
    return "it-" + prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static String person(String username, String role, String password) {
    var json =
        Json.createObjectBuilder()
            .add("username", username)
            .add("displayName", "Ana " + username)
            .add("jobTitle", "Claims clerk")
            .add("email", username + "@example.org")
            .add("roles", Json.createArrayBuilder().add(role));
    if (password != null) {
      json.add("password", password);
    }
    return json.build().toString();
  }

  static String description(String displayName, String jobTitle, String email, String why) {
    return Json.createObjectBuilder()
        .add("displayName", displayName)
        .add("jobTitle", jobTitle)
        .add("email", email)
        .add("reason", why)
        .build()
        .toString();
  }

  static String ownChange(String current, String next) {
    return Json.createObjectBuilder()
        .add("currentPassword", current)
        .add("newPassword", next)
        .build()
        .toString();
  }

  static String reason(String why) {
    return Json.createObjectBuilder().add("reason", why).build().toString();
  }

  static String roles(List<String> codes, String why) {
    var array = Json.createArrayBuilder();
    codes.forEach(array::add);
    return Json.createObjectBuilder().add("roles", array).add("reason", why).build().toString();
  }

  static HttpResponse<String> send(String method, String path, String authorization, String json) {
    return SigiloHttp.send(request(method, path, authorization, json).build());
  }

  static HttpRequest.Builder request(
      String method, String path, String authorization, String json) {
    return HttpRequest.newBuilder(URI.create(SigiloHttp.baseUrl() + path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Authorization", authorization)
        .method(method, HttpRequest.BodyPublishers.ofString(json));
  }

  /** The user names a list answers, read with the first credentials that work. */
  static List<String> usernames(String path, String... authorizations) {
    List<String> tried = new ArrayList<>();
    for (String authorization :
        authorizations.length == 0 ? new String[] {ADMIN} : authorizations) {
      HttpResponse<String> response = SigiloHttp.get(path, authorization);
      if (response.statusCode() == 200) {
        return SigiloHttp.array(response).stream()
            .map(JsonValue::asJsonObject)
            .map(p -> p.getString("username"))
            .toList();
      }
      tried.add(response.statusCode() + " " + response.body());
    }
    throw new AssertionError("nobody could list " + path + ": " + tried);
  }

  static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  /** Every problem of a refusal, one string, to look for field names in. */
  static String problems(HttpResponse<String> response) {
    JsonObject problem = SigiloHttp.object(response);
    assertNotNull(problem.get("detail"), response.body());
    return problem.containsKey("problems") && !problem.isNull("problems")
        ? strings(problem.getJsonArray("problems")).stream().collect(Collectors.joining(" | "))
        : problem.getString("detail");
  }

  /** The newest audit event of an action on a person. */
  static JsonObject newest(String action, String username) {
    return SigiloHttp.newestAuditEvents(50).stream()
        .map(JsonValue::asJsonObject)
        .filter(e -> e.getString("action").equals(action))
        .filter(e -> e.getString("target", "").equals("user:" + username))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + action + " of " + username + " audited"));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

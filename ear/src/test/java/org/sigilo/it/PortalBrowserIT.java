package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal in headless Chromium, as each role meets it. */
class PortalBrowserIT extends PortalInBrowser {

  private static final List<String> RETENTION =
      List.of(
          "nav-home",
          "nav-calls",
          "nav-schedules",
          "nav-holds",
          "nav-disposition-lists",
          "nav-jobs");

  /** Legal also pulls destruction certificates. */
  private static final List<String> LEGAL =
      List.of(
          "nav-home",
          "nav-calls",
          "nav-schedules",
          "nav-holds",
          "nav-disposition-lists",
          "nav-certificates",
          "nav-jobs");

  /** Navigation entries each role must see; everything else must be absent. */
  private static final Map<DemoUser, List<String>> NAVIGATION =
      Map.of(
          DemoUser.AGENT,
          List.of("nav-home", "nav-document-call", "nav-calls"),
          DemoUser.RECORDS_MANAGER,
          RETENTION,
          DemoUser.LEGAL,
          LEGAL,
          DemoUser.RECORDS_AND_LEGAL,
          LEGAL,
          DemoUser.AUDITOR,
          List.of(
              "nav-home",
              "nav-calls",
              "nav-schedules",
              "nav-holds",
              "nav-disposition-lists",
              "nav-certificates",
              "nav-jobs",
              "nav-audit-trail"),
          DemoUser.ADMIN,
          List.of("nav-home", "nav-jobs", "nav-audit-trail", "nav-system-status"));

  private static final List<String> ALL_ENTRIES =
      List.of(
          "nav-home",
          "nav-document-call",
          "nav-calls",
          "nav-schedules",
          "nav-holds",
          "nav-disposition-lists",
          "nav-certificates",
          "nav-jobs",
          "nav-audit-trail",
          "nav-system-status");

  @ParameterizedTest
  @EnumSource(DemoUser.class)
  void eachRoleSignsInSeesItsNavigationAndSignsOut(DemoUser user) throws Exception {
    browser.signIn(user.username(), user.password());

    assertEquals("Home", browser.driver().findElement(By.cssSelector("main h1")).getText());
    assertTrue(
        browser.driver().findElement(By.id("welcome")).getText().contains(user.username()),
        "home page says who is signed in");
    for (String role : user.roles()) {
      assertTrue(
          browser.driver().findElement(By.id("duties")).getText().contains(role),
          "home page says what the role " + role + " may do");
    }
    for (String entry : ALL_ENTRIES) {
      boolean shown = !browser.driver().findElements(By.id(entry)).isEmpty();
      assertEquals(NAVIGATION.get(user).contains(entry), shown, entry + " for " + user);
    }
    Path screenshot = browser.screenshot("home-" + user.username());
    assertTrue(Files.size(screenshot) > 5_000, "screenshot saved: " + screenshot);

    browser.driver().findElement(By.id("logout-form:logout")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
    browser.open("/index.xhtml");
    assertTrue(browser.driver().getCurrentUrl().contains("/login.xhtml"), "signed out for real");
    List<String> newest =
        SigiloHttp.newestAuditEvents(5).stream()
            .map(JsonObject.class::cast)
            .map(
                e ->
                    e.getString("actor")
                        + " "
                        + e.getString("action")
                        + " "
                        + e.getString("target"))
            .toList();
    assertTrue(newest.contains(user.username() + " logout portal"), newest.toString());
    assertTrue(newest.contains(user.username() + " login portal"), newest.toString());
  }

  @Test
  void aWrongPasswordShowsAnErrorKeepsTheUserNameAndIsAudited() {
    String wrong = "wrong-" + UUID.randomUUID();
    browser.open("/login.xhtml");
    browser.driver().findElement(By.id("login-form:username")).sendKeys("legal");
    browser.driver().findElement(By.id("login-form:password")).sendKeys(wrong);
    browser.driver().findElement(By.id("login-form:sign-in")).click();

    WebElement message =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-messages-error")));
    assertTrue(message.getText().contains("Wrong user name or password."), message.getText());
    assertEquals(
        "legal",
        browser.driver().findElement(By.id("login-form:username")).getAttribute("value"),
        "what the user typed is kept");

    JsonObject failed =
        SigiloHttp.newestAuditEvents(5).stream()
            .map(JsonObject.class::cast)
            .filter(
                e ->
                    e.getString("action").equals("login-failed")
                        && e.getString("target").equals("portal"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("failed portal sign-in not audited"));
    assertEquals("legal", failed.getString("actor"));
    assertTrue(!failed.toString().contains(wrong));
  }

  @Test
  void anAuditorVerifiesTheChainFromThePortal() {
    browser.signIn("auditor", "auditor-demo");
    browser.driver().findElement(By.id("nav-audit-trail")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(By.id("audit-form:verify")))
        .click();
    WebElement result =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
    assertTrue(result.getText().contains("The audit trail is intact."), result.getText());
    assertTrue(
        browser.driver().findElements(By.cssSelector("#audit-form\\:events tbody tr")).size() > 1,
        "events are listed");
  }
}

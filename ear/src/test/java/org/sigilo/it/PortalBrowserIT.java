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
import org.openqa.selenium.support.ui.Select;

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
          List.of("nav-home", "nav-jobs", "nav-audit-trail", "nav-people", "nav-system-status"));

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
          "nav-people",
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

  @Test
  void theLoginPageSwitchesToSpanishBeforeSignInAndKeepsWhatWasTyped() {
    browser.open("/login.xhtml");
    new Select(browser.driver().findElement(By.id("language-form:language"))).selectByValue("es");
    browser.driver().findElement(By.id("language-form:apply-language")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Iniciar sesión"));
    assertEquals(
        "es", browser.driver().findElement(By.tagName("html")).getAttribute("lang"), "lang");

    browser.driver().findElement(By.id("login-form:sign-in")).click();
    WebElement required =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-messages-error")));
    assertTrue(required.getText().contains("Escriba su nombre de usuario."), required.getText());

    String stranger = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    browser.driver().findElement(By.id("login-form:username")).sendKeys(stranger);
    browser.driver().findElement(By.id("login-form:password")).sendKeys("not-a-password");
    browser.driver().findElement(By.id("login-form:sign-in")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-messages-error"),
                "Nombre de usuario o contraseña incorrectos."));
    assertEquals(
        stranger,
        browser.driver().findElement(By.id("login-form:username")).getAttribute("value"),
        "the user name stays typed");
  }

  @Test
  void theAuditTrailExplainsNoMatchAndRemembersItsFiltersAndPageSize() {
    browser.signIn("auditor", "auditor-demo");
    browser.open("/audit/audit-trail.xhtml");
    String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-form:actor")))
        .sendKeys(nobody);
    browser.driver().findElement(By.id("audit-form:apply-filters")).click();
    By empty = By.cssSelector("#audit-form\\:events .ui-datatable-empty-message");
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                empty, "No event matches these filters."));

    // a mistyped date is said, and stays in its field to be corrected
    browser.driver().findElement(By.id("audit-form:from")).sendKeys("2026-13-45");
    browser.driver().findElement(By.id("audit-form:apply-filters")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-messages-error"), "From is a date such as 2026-11-29"));
    assertEquals(
        "2026-13-45", browser.driver().findElement(By.id("audit-form:from")).getAttribute("value"));

    // leaving the trail and coming back finds the filter as it was
    browser.open("/index.xhtml");
    browser.open("/audit/audit-trail.xhtml");
    assertEquals(
        nobody,
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("audit-form:actor")))
            .getAttribute("value"));
    assertTrue(
        browser.driver().findElement(empty).getText().contains("No event matches"),
        "still filtered");

    // the auditor's own events: every row shows them as who
    browser.driver().findElement(By.id("audit-form:clear-filters")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.invisibilityOfElementLocated(empty));
    browser.driver().findElement(By.id("audit-form:actor")).sendKeys("auditor");
    new Select(browser.driver().findElement(By.id("audit-form:outcome"))).selectByValue("SUCCESS");
    tableChangesAfter(
        () -> browser.driver().findElement(By.id("audit-form:apply-filters")).click());
    List<WebElement> rows =
        browser.driver().findElements(By.cssSelector("#audit-form\\:events tbody tr"));
    assertTrue(browser.driver().findElements(empty).isEmpty(), "the auditor's sign-in is there");
    for (WebElement row : rows) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertTrue(cells.get(2).getText().contains("auditor"), row.getText());
      assertEquals("Success", cells.get(5).getText(), row.getText());
    }

    // the page size chosen stays for the session too
    By pageSize = By.cssSelector("#audit-form\\:events select.ui-paginator-rpp-options");
    tableChangesAfter(() -> new Select(browser.driver().findElement(pageSize)).selectByValue("50"));
    browser.open("/index.xhtml");
    browser.open("/audit/audit-trail.xhtml");
    assertEquals(
        "50",
        new Select(
                browser
                    .waitUpTo(Duration.ofSeconds(20))
                    .until(ExpectedConditions.presenceOfElementLocated(pageSize)))
            .getFirstSelectedOption()
            .getAttribute("value"));
    assertEquals(
        "auditor", browser.driver().findElement(By.id("audit-form:actor")).getAttribute("value"));
  }

  /** Does something to the audit trail's table and waits until the table shows its answer. */
  private static void tableChangesAfter(Runnable action) {
    WebElement before =
        browser.driver().findElement(By.cssSelector("#audit-form\\:events tbody tr"));
    action.run();
    browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(before));
  }
}

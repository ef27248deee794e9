package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Single sign-on in headless Chromium, through the test Keycloak's own sign-in page; and the
 * admin's switch for local passwords.
 */
class SsoBrowserIT extends PortalInBrowser {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  /**
   * Both Sigilo's and Keycloak's cookies go: each test starts signed out of both (the base class
   * only clears the cookies the current page can see).
   */
  @BeforeEach
  void signedOutOfTheProviderToo() {
    ((ChromeDriver) driver()).executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  /** From Sigilo's login page through "Sign in with SSO" to the provider's password form. */
  private static void toProviderSignIn() {
    browser.open("/index.xhtml");
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("/login.xhtml"));
    WebElement button = driver().findElement(By.id("sso-sign-in"));
    assertEquals("Sign in with SSO", button.getText());
    button.click();
    browser
        .waitUpTo(PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("kc-login")));
    assertTrue(
        driver().getCurrentUrl().startsWith(Keycloak.issuer()),
        "the provider's page: " + driver().getCurrentUrl());
  }

  private static void signInAtProvider(String username, String password) {
    driver().findElement(By.id("username")).sendKeys(username);
    driver().findElement(By.id("password")).sendKeys(password);
    driver().findElement(By.id("kc-login")).click();
  }

  private static List<String> newestAudit(int max) {
    return SigiloHttp.newestAuditEvents(max).stream()
        .map(JsonObject.class::cast)
        .map(e -> e.getString("actor") + " " + e.getString("action") + " " + e.getString("target"))
        .toList();
  }

  @Test
  void aRecordsManagerSignsInThroughTheProviderAndSigningOutEndsBothSessions() {
    toProviderSignIn();
    signInAtProvider(Keycloak.RECORDS_MANAGER, Keycloak.RECORDS_MANAGER_PASSWORD);

    browser.waitUpTo(PATIENCE).until(ExpectedConditions.presenceOfElementLocated(By.id("welcome")));
    assertEquals("Home", driver().findElement(By.cssSelector("main h1")).getText());
    assertTrue(
        driver().findElement(By.id("welcome")).getText().contains(Keycloak.RECORDS_MANAGER),
        driver().findElement(By.id("welcome")).getText());
    // the records manager's navigation, from the provider's group
    assertTrue(!driver().findElements(By.id("nav-schedules")).isEmpty(), "retention schedules");
    assertTrue(driver().findElements(By.id("nav-system-status")).isEmpty(), "no admin pages");
    assertTrue(
        newestAudit(5).contains(Keycloak.RECORDS_MANAGER + " login sso"),
        newestAudit(5).toString());

    driver().findElement(By.id("logout-form:logout")).click();
    browser
        .waitUpTo(PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));
    assertTrue(
        driver().getCurrentUrl().startsWith(SigiloHttp.baseUrl() + "/login.xhtml"),
        "back from the provider's sign-out: " + driver().getCurrentUrl());

    // Sigilo's session is gone ...
    browser.open("/calls/calls.xhtml");
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("/login.xhtml"));
    // ... and so is the provider's: it asks for the password again
    driver().findElement(By.id("sso-sign-in")).click();
    browser
        .waitUpTo(PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("password")));
    assertTrue(driver().getCurrentUrl().startsWith(Keycloak.issuer()), driver().getCurrentUrl());
  }

  @Test
  void someoneWithoutASigiloRoleGetsTheForbiddenPageAndIsAudited() {
    toProviderSignIn();
    signInAtProvider(Keycloak.NO_ROLE, Keycloak.NO_ROLE_PASSWORD);

    WebElement explanation =
        browser
            .waitUpTo(PATIENCE)
            .until(ExpectedConditions.presenceOfElementLocated(By.id("no-role-explanation")));
    assertTrue(explanation.getText().contains(Keycloak.NO_ROLE), explanation.getText());
    assertTrue(explanation.getText().contains("no Sigilo role"), explanation.getText());
    // a refusal, also for the browser: the page came with status 403
    Object status =
        ((JavascriptExecutor) driver())
            .executeScript("return performance.getEntriesByType('navigation')[0].responseStatus;");
    assertEquals(403L, status);
    // the page is new with single sign-on; AccessibilityBrowserIT reaches only local sign-ins
    Results axe = new AxeBuilder().withTags(AccessibilityBrowserIT.WCAG_A_AA).analyze(driver());
    assertTrue(!axe.isErrored(), "axe could not check the page: " + axe.getErrorMessage());
    assertEquals(
        List.of(),
        axe.getViolations().stream().map(rule -> rule.getId() + ": " + rule.getHelp()).toList(),
        "accessibility of the no-role page");
    assertTrue(
        newestAudit(5).contains(Keycloak.NO_ROLE + " login-refused sso"),
        newestAudit(5).toString());

    // not signed in to Sigilo
    browser.open("/index.xhtml");
    browser.waitUpTo(PATIENCE).until(ExpectedConditions.urlContains("/login.xhtml"));
  }

  @Test
  void anAdminTurnsLocalPasswordsOffAndOnAgain() {
    browser.signIn(DemoUser.ADMIN.username(), DemoUser.ADMIN.password());
    browser.open("/admin/system-status.xhtml");
    assertTrue(
        driver().findElement(By.id("sso-state")).getText().contains("is configured"),
        driver().findElement(By.id("sso-state")).getText());
    try {
      driver().findElement(By.id("local-passwords-form:turn-off")).click();
      browser
          .waitUpTo(PATIENCE)
          .until(
              ExpectedConditions.presenceOfElementLocated(By.id("local-passwords-form:turn-on")));
      assertTrue(
          driver().findElement(By.id("local-passwords-state")).getText().contains("off"),
          driver().findElement(By.id("local-passwords-state")).getText());

      // HTTP Basic of a local account: refused, saying why
      HttpResponse<String> basic =
          SigiloHttp.get("/api/disposition-lists", DemoUser.RECORDS_MANAGER);
      assertEquals(401, basic.statusCode(), basic.body());
      String detail = SigiloHttp.object(basic).getString("detail");
      assertTrue(detail.contains("Sigilo passwords are turned off"), detail);

      // the login form of a local account: refused, saying why (another browser: the admin's
      // session stays in this one)
      try (Browser other = new Browser()) {
        other.open("/login.xhtml");
        assertTrue(
            !other.driver().findElements(By.id("local-passwords-off")).isEmpty(),
            "the login page says local passwords are off");
        other.driver().findElement(By.id("login-form:username")).sendKeys("legal");
        other.driver().findElement(By.id("login-form:password")).sendKeys("legal-demo");
        other.driver().findElement(By.id("login-form:sign-in")).click();
        WebElement message =
            other
                .waitUpTo(PATIENCE)
                .until(
                    ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".ui-messages-error")));
        assertTrue(
            message.getText().contains("Sign-in with a Sigilo password is turned off."),
            message.getText());
      }
    } finally {
      // back on whatever happened: the other tests sign in with local passwords
      browser.open("/admin/system-status.xhtml");
      if (!driver().findElements(By.id("local-passwords-form:turn-on")).isEmpty()) {
        driver().findElement(By.id("local-passwords-form:turn-on")).click();
        browser
            .waitUpTo(PATIENCE)
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.id("local-passwords-form:turn-off")));
      }
    }
    assertEquals(
        200, SigiloHttp.get("/api/disposition-lists", DemoUser.RECORDS_MANAGER).statusCode());
    List<String> newest = newestAudit(10);
    assertTrue(newest.contains("admin local-passwords-off sign-in-settings"), newest.toString());
    assertTrue(newest.contains("admin local-passwords-on sign-in-settings"), newest.toString());
    assertTrue(newest.contains("legal login-refused portal"), newest.toString());
  }
}

package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * People in the portal: an admin adds a person on the People page and gets a one-time password;
 * that person signs in, is sent to change it before anything else, chooses their own, and then
 * works (their home page, their calls).
 */
class PeopleBrowserIT extends PortalInBrowser {

  private static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void anAdminAddsAPersonWhoMustChangeThePasswordAndThenWorks() {
    String name = "it-newcomer-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn(DemoUser.ADMIN.username(), DemoUser.ADMIN.password());
    browser
        .waitUpTo(WAIT)
        .until(ExpectedConditions.elementToBeClickable(By.id("nav-people")))
        .click();
    browser.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "People"));

    driver().findElement(By.id("create-form:username")).sendKeys(name);
    driver().findElement(By.id("create-form:display-name")).sendKeys("Nia Newcomer");
    driver().findElement(By.id("create-form:job-title")).sendKeys("Customer service agent");
    driver().findElement(By.id("create-form:email")).sendKeys(name + "@example.org");
    // the first role is agent (Role's order); its label ticks the PrimeFaces checkbox
    driver().findElement(By.cssSelector("label[for='create-form:roles:0']")).click();
    driver().findElement(By.id("create-form:create")).click();
    WebElement oneTime =
        browser
            .waitUpTo(WAIT)
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("one-time-password")));
    String password = oneTime.getText().strip();
    assertEquals(20, password.length(), "a one-time password is shown once: " + password);
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("people-form:people-table"), name));

    driver().findElement(By.id("logout-form:logout")).click();
    browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("signed-out")));

    browser.signIn(name, password);
    assertTrue(
        driver().getCurrentUrl().contains("/account/change-password.xhtml"),
        "sent to change the password first: " + driver().getCurrentUrl());
    assertFalse(driver().findElements(By.id("must-change")).isEmpty(), "says why");
    browser.open("/calls/calls.xhtml");
    browser.waitUpTo(WAIT).until(ExpectedConditions.urlContains("/account/change-password.xhtml"));

    String own = "Amber-Tundra-Violin-" + UUID.randomUUID().toString().substring(0, 4);
    driver().findElement(By.id("password-form:current")).sendKeys(password);
    driver().findElement(By.id("password-form:new")).sendKeys(own);
    driver().findElement(By.id("password-form:repeat")).sendKeys(own);
    driver().findElement(By.id("password-form:change")).click();
    browser.waitUpTo(WAIT).until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Home"));
    assertTrue(driver().findElement(By.id("welcome")).getText().contains(name));
    assertTrue(
        driver().findElement(By.cssSelector(".ui-messages-info")).getText().contains("changed"));

    driver().findElement(By.id("nav-calls")).click();
    browser
        .waitUpTo(WAIT)
        .until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "My calls"));
  }

  @Test
  void theOwnPasswordChangeNeedsTheCurrentPasswordAndAStrongNewOne() {
    browser.signIn(DemoUser.AUDITOR.username(), DemoUser.AUDITOR.password());
    driver().findElement(By.id("change-password")).click();
    browser
        .waitUpTo(WAIT)
        .until(ExpectedConditions.textToBe(By.cssSelector("main h1"), "Change your password"));
    driver().findElement(By.id("password-form:current")).sendKeys("not-the-password");
    driver().findElement(By.id("password-form:new")).sendKeys("Amber-Tundra-Violin-77");
    driver().findElement(By.id("password-form:repeat")).sendKeys("Amber-Tundra-Violin-77");
    driver().findElement(By.id("password-form:change")).click();
    WebElement error =
        browser
            .waitUpTo(WAIT)
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-messages-error")));
    assertTrue(error.getText().contains("Current password"), error.getText());

    driver().findElement(By.id("password-form:current")).sendKeys(DemoUser.AUDITOR.password());
    driver().findElement(By.id("password-form:new")).sendKeys("password1234");
    driver().findElement(By.id("password-form:repeat")).sendKeys("password1234");
    driver().findElement(By.id("password-form:change")).click();
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-messages-error"), "most common passwords"));
    // the demo auditor's password is unchanged: other tests sign in with it
    assertEquals(200, SigiloHttp.get("/api/audit/verification", DemoUser.AUDITOR).statusCode());
  }
}

package org.sigilo.it;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The base of every browser test: deploys Sigilo as built, starts one headless Chromium per test
 * class, and starts each test signed out.
 */
@ExtendWith(ArquillianExtension.class)
abstract class PortalInBrowser {

  static Browser browser;

  @Deployment(testable = false)
  static EnterpriseArchive sigilo() {
    return SigiloDeployment.ear();
  }

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void startSignedOut() {
    browser.driver().manage().deleteAllCookies();
  }

  static WebDriver driver() {
    return browser.driver();
  }

  /** Chooses the option with {@code value} of a PrimeFaces selectOneMenu, through its widget. */
  static void choose(String menuId, String value) {
    ((JavascriptExecutor) driver())
        .executeScript(
            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
  }

  /**
   * Switches the portal's language with the header's switch, as a person would, and waits for the
   * page to come back in it ({@code lang} on the page). The old page goes stale while the new one
   * loads.
   */
  static void switchLanguage(String languageTag) {
    new Select(driver().findElement(By.id("language-form:language"))).selectByValue(languageTag);
    driver().findElement(By.id("language-form:apply-language")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", languageTag));
  }
}

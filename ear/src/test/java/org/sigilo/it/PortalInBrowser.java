package org.sigilo.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

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
}

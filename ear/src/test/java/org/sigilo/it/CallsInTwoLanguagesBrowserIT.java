package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sigilo.platform.i18n.Messages;

/**
 * An agent works in English and in Spanish: the header's switch changes the language, Sigilo
 * remembers it for the next sign-in, and without a choice the browser's language decides. The texts
 * expected are read from the bundle, so the test checks that the page says what the bundle says in
 * that language, not a copy of the words.
 */
class CallsInTwoLanguagesBrowserIT extends PortalInBrowser {

  static final Locale ENGLISH = Locale.ENGLISH;
  static final Locale SPANISH = Locale.forLanguageTag("es");

  /** The demo agent is shared by every browser test: leave it in English, as they expect. */
  @AfterEach
  void agentBackInEnglish() {
    driver().manage().deleteAllCookies();
    browser.signIn("agent", "agent-demo");
    switchTo(ENGLISH);
  }

  @Test
  void anAgentDocumentsACallInEnglish() throws IOException {
    browser.signIn("agent", "agent-demo");
    switchTo(ENGLISH);
    documentFindAndOpenACall(ENGLISH, "document-call-en");
  }

  @Test
  void anAgentDocumentsACallInSpanish() throws IOException {
    browser.signIn("agent", "agent-demo");
    switchTo(SPANISH);
    documentFindAndOpenACall(SPANISH, "document-call-es");
  }

  @Test
  void theChosenLanguageIsRememberedForTheNextSignIn() {
    browser.signIn("agent", "agent-demo");
    switchTo(SPANISH);
    driver().findElement(By.id("logout-form:logout")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("login-form:username")));

    browser.signIn("agent", "agent-demo");
    assertEquals("es", driver().findElement(By.tagName("html")).getAttribute("lang"));
    assertEquals(
        Messages.text(SPANISH, "nav.document-call"),
        driver().findElement(By.id("nav-document-call")).getText());
    driver().findElement(By.id("nav-calls")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("calls-form:customer")));
    assertEquals(Messages.text(SPANISH, "calls.title.agent"), heading());
  }

  @Test
  void withoutAChoiceTheBrowsersLanguageDecides() {
    browser.open("/login.xhtml");
    assertEquals("en", driver().findElement(By.tagName("html")).getAttribute("lang"));
    try (Browser spanishBrowser = new Browser("es")) {
      spanishBrowser.open("/login.xhtml");
      WebElement page = spanishBrowser.driver().findElement(By.tagName("html"));
      assertEquals("es", page.getAttribute("lang"));
      assertEquals(
          Messages.text(SPANISH, "layout.skip-to-content"),
          spanishBrowser
              .driver()
              .findElement(By.cssSelector(".skip-link"))
              .getAttribute("textContent")
              .strip());
    }
  }

  /** Chooses a language with the header's switch and waits for the page to come back in it. */
  static void switchTo(Locale language) {
    switchLanguage(language.toLanguageTag());
  }

  static String heading() {
    return browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")))
        .getText();
  }

  private static void documentFindAndOpenACall(Locale language, String screenshot)
      throws IOException {
    String customer = "LANG-" + UUID.randomUUID().toString().substring(0, 8);
    LocalDateTime occurred = LocalDateTime.of(2025, 3, 31, 14, 5);
    driver().findElement(By.id("nav-document-call")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("call-form:save")));
    assertEquals(text(language, "document-call.title"), heading());
    assertEquals(
        text(language, "document-call.environment.legend"),
        driver().findElement(By.cssSelector("[id='secure-environment'] legend")).getText());

    for (String item :
        new String[] {
          "private-place", "screen-privacy", "no-recording-devices", "encrypted-connection"
        }) {
      driver().findElement(By.cssSelector("[id='call-form:" + item + "'] .ui-chkbox-box")).click();
    }
    // the date as the language writes it: 2025-03-31 14:05 or 31/03/2025 14:05
    // (typed over what is proposed: clearing would make the picker write it back)
    driver()
        .findElement(By.id("call-form:occurred-at_input"))
        .sendKeys(
            Keys.chord(Keys.CONTROL, "a"),
            DateTimeFormatter.ofPattern(text(language, "call.date-time-pattern")).format(occurred));
    driver().findElement(By.id("call-form:customer-reference")).click();
    driver().findElement(By.id("call-form:customer-reference")).sendKeys(customer);
    labelIn("call-form:direction", text(language, "call.direction.OUTBOUND")).click();
    choose("call-form:record-class", "financial-advice");
    choose("call-form:verification-method", "ONE_TIME_CODE");
    choose("call-form:verification-outcome", "PASSED");
    labelIn("call-form:consented", text(language, "call.sensitive-category.FINANCIAL")).click();
    driver().findElement(By.id("call-form:consent-how")).sendKeys("¿Podemos hablar del préstamo?");
    labelIn("call-form:discussed", text(language, "call.sensitive-category.FINANCIAL")).click();
    driver().findElement(By.id("call-form:summary")).sendKeys("Loan restructuring");
    choose("call-form:secure-channel", "SECURE_MESSAGE");
    browser.screenshot(screenshot);
    screenshotForDocs(screenshot);

    driver().findElement(By.id("call-form:save")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("masked")));
    String url = driver().getCurrentUrl();
    long id = Long.parseLong(url.substring(url.indexOf("id=") + 3).replaceAll("\\D.*", ""));
    assertEquals(text(language, "call-detail.title", id), heading());
    assertEquals(
        text(language, "document-call.saved", String.valueOf(id)),
        driver().findElement(By.cssSelector("[id='notice'] p")).getText());
    String dateTime =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(language)
            .format(occurred);
    String shownWhen = driver().findElement(By.id("when")).getText();
    assertTrue(shownWhen.startsWith(dateTime), shownWhen + " should start with " + dateTime);
    assertEquals(
        text(language, "call.direction.OUTBOUND") + " · " + text(language, "call.channel.PHONE"),
        driver().findElement(By.id("direction-channel")).getText());
    assertEquals(
        text(language, "call.secure-channel.SECURE_MESSAGE"),
        driver().findElement(By.id("secure-channel")).getText());
    assertEquals(
        text(language, "call-detail.environment.all-met"),
        driver().findElement(By.id("secure-environment")).getText());
    assertEquals(
        text(language, "call.sensitive-category.FINANCIAL"),
        driver().findElement(By.id("sensitive")).getText());

    // in My calls, found by its customer, with its date in the language's form
    driver().findElement(By.id("nav-calls")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("calls-form:customer")));
    assertEquals(text(language, "calls.title.agent"), heading());
    driver().findElement(By.id("calls-form:customer")).sendKeys(customer);
    driver().findElement(By.id("calls-form:apply")).click();
    By rows = By.cssSelector("[id='calls-form:calls-table'] tbody tr");
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ignored -> {
              try {
                var shown = driver().findElements(rows);
                return shown.size() == 1 && shown.get(0).getText().contains(customer);
              } catch (StaleElementReferenceException redrawn) {
                return false;
              }
            });
    String header =
        driver().findElement(By.cssSelector("[id='calls-form:calls-table'] thead")).getText();
    assertTrue(header.contains(text(language, "calls.column.when")), header);
    String row = driver().findElement(rows).getText();
    assertTrue(row.contains(dateTime), row);
    assertTrue(row.contains(text(language, "call.verification-outcome.PASSED")), row);
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .ignoring(StaleElementReferenceException.class)
        .until(
            ignored -> {
              driver().findElement(By.linkText(String.valueOf(id))).click();
              return true;
            });
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("masked")));
    assertEquals(text(language, "call-detail.title", id), heading());
    assertEquals(
        text(language, "call-detail.masked"), driver().findElement(By.id("masked")).getText());
  }

  private static String text(Locale language, String key, Object... arguments) {
    return Messages.text(language, key, arguments);
  }

  private static WebElement labelIn(String groupId, String label) {
    return driver()
        .findElement(
            By.xpath("//*[@id='" + groupId + "']//label[normalize-space()='" + label + "']"));
  }

  /**
   * The whole form, filled in, for the README: written to docs/screenshots of the checkout (the
   * tests run in the ear module, one level down). Only that file is written.
   */
  private static void screenshotForDocs(String name) throws IOException {
    Path docs = Path.of("").toAbsolutePath().getParent().resolve("docs").resolve("screenshots");
    assertTrue(Files.isDirectory(docs), "no " + docs);
    // the whole page, not just the window: Chromium's own full-page capture
    Number width =
        (Number)
            ((JavascriptExecutor) driver())
                .executeScript("return document.documentElement.scrollWidth;");
    Number height =
        (Number)
            ((JavascriptExecutor) driver())
                .executeScript("return document.documentElement.scrollHeight;");
    Map<String, Object> shot =
        ((ChromeDriver) driver())
            .executeCdpCommand(
                "Page.captureScreenshot",
                Map.of(
                    "format",
                    "png",
                    "captureBeyondViewport",
                    true,
                    "clip",
                    Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.write(docs.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }
}

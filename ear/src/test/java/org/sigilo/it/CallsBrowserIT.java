package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.sigilo.platform.i18n.Messages;

/** An agent documents a call in the portal, finds it, and breaks glass to read it. */
class CallsBrowserIT extends PortalInBrowser {

  private static void tick(String checkboxGroupId, String label) {
    driver()
        .findElement(
            By.xpath(
                "//*[@id='" + checkboxGroupId + "']//label[normalize-space()='" + label + "']"))
        .click();
  }

  private static final String FINANCIAL =
      Messages.text(Locale.ENGLISH, "call.sensitive-category.FINANCIAL");

  /** Ticks a PrimeFaces boolean checkbox by its box, as a click would. */
  private static void check(String checkboxId) {
    driver().findElement(By.cssSelector("[id='" + checkboxId + "'] .ui-chkbox-box")).click();
  }

  @Test
  void anAgentDocumentsACallFindsItInMyCallsAndRevealsItOnlyWithAReason() throws Exception {
    String customer = "BROWSER-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("agent", "agent-demo");
    driver().findElement(By.id("nav-document-call")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("call-form:save")));

    // the secure-environment checklist first: one item not met
    check("call-form:private-place");
    check("call-form:screen-privacy");
    check("call-form:no-recording-devices");
    driver().findElement(By.id("call-form:customer-reference")).sendKeys(customer);
    choose("call-form:record-class", "financial-advice");
    choose("call-form:verification-method", "ONE_TIME_CODE");
    choose("call-form:verification-outcome", "PASSED");
    tick("call-form:discussed", FINANCIAL);
    driver().findElement(By.id("call-form:summary")).sendKeys("Asked to restructure the loan");
    driver().findElement(By.id("call-form:notes")).sendKeys("Callback next week");
    browser.screenshot("document-call");

    // A sensitive category without consent is refused, and what was typed stays.
    driver().findElement(By.id("call-form:save")).click();
    WebElement refusal =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".ui-messages-error")));
    assertTrue(refusal.getText().contains("needs the customer's consent"), refusal.getText());
    assertTrue(
        refusal.getText().contains("secure-environment checklist is not confirmed: say why"),
        refusal.getText());
    // nothing typed or chosen is lost
    assertEquals(
        customer,
        driver().findElement(By.id("call-form:customer-reference")).getAttribute("value"));
    assertEquals(
        "Asked to restructure the loan",
        driver().findElement(By.id("call-form:summary")).getAttribute("value"));
    assertEquals(
        "Callback next week", driver().findElement(By.id("call-form:notes")).getAttribute("value"));
    assertEquals(
        "financial-advice",
        driver().findElement(By.id("call-form:record-class_input")).getAttribute("value"));
    assertEquals(
        "ONE_TIME_CODE",
        driver().findElement(By.id("call-form:verification-method_input")).getAttribute("value"));
    assertTrue(
        driver().findElement(By.id("call-form:private-place_input")).isSelected(),
        "checklist kept");
    assertTrue(driver().findElement(By.id("call-form:discussed:1")).isSelected(), "category kept");
    assertTrue(
        refusal.getText().startsWith(Messages.text(Locale.ENGLISH, "document-call.refused")),
        "says what to do next: " + refusal.getText());
    driver()
        .findElement(By.id("call-form:environment-reason"))
        .sendKeys("Working from the branch while the VPN is down; IT ticket 4711");

    tick("call-form:consented", FINANCIAL);
    driver().findElement(By.id("call-form:consent-how")).sendKeys("May we talk about your loan?");
    driver().findElement(By.id("call-form:save")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("masked")));
    assertTrue(driver().findElement(By.id("notice")).getText().contains("is documented"));
    assertEquals(customer, driver().findElement(By.id("customer-reference")).getText());
    String environment = driver().findElement(By.id("secure-environment")).getText();
    assertTrue(environment.contains("connection not encrypted"), environment);
    assertTrue(environment.contains("VPN is down; IT ticket 4711"), environment);
    assertFalse(
        driver().getPageSource().contains("restructure the loan"), "content masked by default");

    // It is in My calls.
    driver().findElement(By.id("nav-calls")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("calls-form:customer")));
    driver().findElement(By.id("calls-form:customer")).sendKeys(customer);
    driver().findElement(By.id("calls-form:apply")).click();
    // The filter answers by AJAX: wait for the row of this customer, then open it.
    By row = By.xpath("//tr[td[normalize-space()='" + customer + "']]//a");
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.numberOfElementsToBe(
                By.cssSelector("[id='calls-form:calls-table'] tbody tr"), 1));
    // the table may be drawn once more after the count settles: click what is there then
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            ignored -> {
              driver().findElement(row).click();
              return true;
            });

    // Revealing needs a reason.
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(By.id("reveal-form:reveal")))
        .click();
    WebElement needReason =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='reveal-form'] .ui-message-error")));
    assertTrue(needReason.getText().contains("State why"), needReason.getText());
    assertTrue(driver().findElements(By.id("summary")).isEmpty(), "still masked");

    driver().findElement(By.id("reveal-form:reason")).sendKeys("Preparing the promised callback");
    driver().findElement(By.id("reveal-form:reveal")).click();
    WebElement summary =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
    assertEquals("Asked to restructure the loan", summary.getText());
    browser.screenshot("call-detail-revealed");
  }

  @Test
  void myCallsRemembersItsFiltersAndPageSizeAndExplainsAnEmptyList() {
    browser.signIn("agent", "agent-demo");
    openMyCalls();
    assertEquals("25", rowsPerPage().getFirstSelectedOption().getText(), "the default size");

    // a page size of 10, then a filter that matches nothing: the list says what to do
    rowsPerPage().selectByVisibleText("10");
    waitForAjax();
    String nobody = "NOBODY-" + UUID.randomUUID().toString().substring(0, 8);
    driver().findElement(By.id("calls-form:customer")).sendKeys(nobody);
    driver().findElement(By.id("calls-form:apply")).click();
    WebElement empty =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(
                ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='calls-form:calls-table'] .ui-datatable-empty-message")));
    assertEquals(Messages.text(Locale.ENGLISH, "calls.empty.filtered"), empty.getText());

    // elsewhere and back: the filter and the page size are as they were left
    driver().findElement(By.id("nav-document-call")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("call-form:save")));
    openMyCalls();
    assertEquals(nobody, driver().findElement(By.id("calls-form:customer")).getAttribute("value"));
    assertEquals("10", rowsPerPage().getFirstSelectedOption().getText());
    assertEquals(
        Messages.text(Locale.ENGLISH, "calls.empty.filtered"),
        driver()
            .findElement(
                By.cssSelector("[id='calls-form:calls-table'] .ui-datatable-empty-message"))
            .getText());

    // clearing the filters shows the calls again, ten to a page
    driver().findElement(By.id("calls-form:clear")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(
            ignored ->
                driver()
                    .findElement(By.id("calls-form:customer"))
                    .getDomProperty("value")
                    .isEmpty());
    waitForAjax();
    int rows =
        driver().findElements(By.cssSelector("[id='calls-form:calls-table'] tbody tr")).size();
    assertEquals(10, rows, "the demo agent has dozens of calls, ten to a page");

    // a new session starts afresh
    driver().manage().deleteAllCookies();
    browser.signIn("agent", "agent-demo");
    openMyCalls();
    assertEquals("", driver().findElement(By.id("calls-form:customer")).getAttribute("value"));
    assertEquals("25", rowsPerPage().getFirstSelectedOption().getText());
  }

  private static void openMyCalls() {
    driver().findElement(By.id("nav-calls")).click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("calls-form:customer")));
  }

  private static Select rowsPerPage() {
    return new Select(
        driver()
            .findElement(
                By.cssSelector("[id='calls-form:calls-table'] select.ui-paginator-rpp-options")));
  }

  /** Until PrimeFaces has no AJAX request queued or running. */
  private static void waitForAjax() {
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ignored ->
                Boolean.TRUE.equals(
                    ((JavascriptExecutor) driver())
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
  }

  @Test
  void markupInACallIsShownAsTextNeverRun() {
    String hostile = "<script>document.title='owned'</script><b>bold?</b>";
    long id =
        SigiloHttp.object(
                SigiloHttp.post(
                    "/api/calls",
                    DemoUser.AGENT,
                    SampleCalls.validCall(hostile).build().toString()))
            .getJsonNumber("id")
            .longValue();
    browser.signIn("agent", "agent-demo");
    browser.open("/calls/call-detail.xhtml?id=" + id);
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.elementToBeClickable(By.id("reveal-form:reveal")));
    driver().findElement(By.id("reveal-form:reason")).sendKeys("Checking what the customer said");
    driver().findElement(By.id("reveal-form:reveal")).click();
    WebElement summary =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
    assertEquals(hostile, summary.getText(), "shown exactly as typed");
    assertTrue(summary.findElements(By.tagName("b")).isEmpty(), "no markup interpreted");
    assertFalse(driver().getTitle().contains("owned"), "no script run");
  }
}

package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A records manager who is also legal (the demo user records-legal) keeps records in the portal:
 * adds a record class and its schedule, places a hold, starts a sweep and watches it finish, then
 * reviews the disposition list (one record held, one excluded with a reason) and submits it. The
 * records and lists it filtered, and how many a page it asked for, are as it left them when it
 * comes back (for the session).
 *
 * <p>The calls are from 1994 and the sweep lists what was due by the end of 1995, so the list holds
 * exactly this test's records.
 */
class RetentionBrowserIT extends PortalInBrowser {

  private static WebElement waitFor(By locator) {
    return browser
        .waitUpTo(Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private static void clickAndConfirm(String buttonId) {
    driver().findElement(By.id(buttonId)).click();
    WebElement yes =
        browser
            .waitUpTo(Duration.ofSeconds(20))
            .until(ExpectedConditions.elementToBeClickable(By.id("confirm-form:confirm-yes")));
    // the dialog fades in; a click before it has finished leaves it open over the page
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript(
                            "return !$(PrimeFaces.escapeClientId('confirm-form:confirm-dialog'))"
                                + ".is(':animated');"));
    yes.click();
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-form:confirm-dialog")));
  }

  /** Waits until the element's text holds {@code expected} (an ajax update may still be coming). */
  private static void expectText(By locator, String expected) {
    browser
        .waitUpTo(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBePresentInElementLocated(locator, expected));
  }

  /** Waits until PrimeFaces has no ajax request pending (a choice is stored before leaving). */
  private static void settled() {
    browser
        .waitUpTo(Duration.ofSeconds(30))
        .until(
            d ->
                (Boolean)
                    ((JavascriptExecutor) d)
                        .executeScript("return PrimeFaces.ajax.Queue.isEmpty();"));
  }

  /**
   * Chooses a value of a PrimeFaces selectOneMenu as a person does, so that its ajax filter runs
   * ({@link #choose} sets the value silently).
   */
  private static void filterBy(String menuId, String value) {
    ((JavascriptExecutor) driver())
        .executeScript(
            "var menu = PrimeFaces.getWidgetById(arguments[0]);"
                + " menu.selectValue(arguments[1]); menu.triggerChange();",
            menuId,
            value);
  }

  /** The rows-per-page choice of a table's paginator. */
  private static Select pageSize(String tableId) {
    return new Select(
        waitFor(
            By.cssSelector(
                "#" + tableId.replace(":", "\\:") + " select.ui-paginator-rpp-options")));
  }

  /** Waits until the page's notice says {@code expected} (the previous notice may still show). */
  private static void expectNotice(String expected) {
    browser
        .waitUpTo(Duration.ofSeconds(30))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".ui-messages-info"), expected));
  }

  @Test
  void aRecordsManagerKeepsSchedulesAndHoldsSweepsAndReviewsTheList() throws Exception {
    String code = "browser-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("records-legal", "records-legal-demo");

    driver().findElement(By.id("nav-schedules")).click();
    waitFor(By.id("record-class-form:add-class"));
    driver().findElement(By.id("record-class-form:code")).sendKeys(code);
    driver().findElement(By.id("record-class-form:name")).sendKeys("Browser test calls");
    driver().findElement(By.id("record-class-form:add-class")).click();
    expectNotice("Record class " + code + " added");

    choose("schedule-form:record-class", code);
    driver().findElement(By.id("schedule-form:period")).sendKeys("P1D");
    driver().findElement(By.id("schedule-form:authority")).sendKeys("Browser Records Act, s. 2");
    clickAndConfirm("schedule-form:define");
    expectNotice("Version 1 now applies to " + code);
    assertTrue(
        driver().findElement(By.id("schedules-form:schedules-table")).getText().contains(code));

    long kept = documented(code);
    long held = documented(code);
    long excluded = documented(code);

    driver().findElement(By.id("nav-holds")).click();
    waitFor(By.id("hold-form:place"));
    driver().findElement(By.id("hold-form:matter")).sendKeys("Browser v. Sigilo " + code);
    driver().findElement(By.id("hold-form:reason")).sendKeys("Court ordered preservation");
    driver().findElement(By.id("hold-form:record-ids")).sendKeys(Long.toString(held));
    driver().findElement(By.id("hold-form:place")).click();
    expectNotice("placed for Browser v. Sigilo " + code);
    expectNotice("on record " + held + ".");

    driver().findElement(By.id("nav-jobs")).click();
    waitFor(By.id("sweep-form:start-sweep"));
    driver().findElement(By.id("sweep-form:due-by")).sendKeys("1995-12-31");
    driver().findElement(By.id("sweep-form:partitions")).sendKeys("2");
    clickAndConfirm("sweep-form:start-sweep");
    expectNotice("Retention sweep started");
    // The page follows the sweep by itself (polling) until it completes.
    WebElement openList =
        browser
            .waitUpTo(Duration.ofMinutes(2))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("runs-form:open-list")));
    List<WebElement> bars =
        driver().findElements(By.cssSelector("#runs-form\\:partitions-table .ui-progressbar"));
    assertEquals(2, bars.size(), "a progress bar per partition");
    for (WebElement bar : bars) {
      assertEquals("100", bar.getAttribute("aria-valuenow"), "each partition read everything");
    }
    assertEquals("Completed", driver().findElement(By.id("focus-status")).getText());
    String counts = driver().findElement(By.id("focus-counts")).getText();
    assertTrue(counts.matches("(\\S+) of \\1 records read"), counts);
    browser.screenshot("jobs-sweep-completed");
    openList.click();

    waitFor(By.id("list-summary"));
    String listPage = driver().getCurrentUrl();
    long listId = Long.parseLong(listPage.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    assertEquals("In review", driver().findElement(By.id("list-status")).getText());
    assertEquals("2", driver().findElement(By.id("count-destroy")).getText());
    assertEquals("1", driver().findElement(By.id("count-held")).getText());
    assertTrue(rowOf(held).getText().contains("Held"));
    assertTrue(
        rowOf(held).findElements(By.cssSelector("[id$=':exclude']")).isEmpty(), "held: no action");

    rowOf(excluded).findElement(By.cssSelector("[id$=':exclude']")).click();
    waitFor(By.id("list-form:exclusion-reason"))
        .sendKeys("Customer complaint still open about this call");
    clickAndConfirm("list-form:confirm-exclusion");
    expectNotice("Record " + excluded + " is kept off this destruction");
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("count-excluded"), "1"));
    assertEquals("1", driver().findElement(By.id("count-destroy")).getText());
    assertTrue(rowOf(kept).getText().contains("To destroy"));
    browser.screenshot("disposition-list-review");

    // Nothing awaits review: the empty table says so and how to see the rest. That filter and a
    // smaller page are as they were after looking at another page.
    pageSize("list-form:items-table").selectByValue("10");
    settled();
    filterBy("list-form:decision", "UNDECIDED");
    expectText(By.id("list-form:items-table"), "No record awaits review");
    settled();
    driver().findElement(By.id("nav-holds")).click();
    waitFor(By.id("holds-form:holds-table"));
    browser.open("/retention/disposition-list.xhtml?id=" + listId);
    expectText(By.id("list-form:items-table"), "No record awaits review");
    assertEquals(
        "Awaiting review", driver().findElement(By.id("list-form:decision_label")).getText());
    assertEquals(
        "10", pageSize("list-form:items-table").getFirstSelectedOption().getAttribute("value"));
    filterBy("list-form:decision", "");
    rowOf(kept);

    clickAndConfirm("list-form:submit");
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("list-status"), "Submitted"));
    expectNotice("submitted to legal with 1 record to destroy");
    assertFalse(
        driver().findElements(By.id("list-form:approve")).isEmpty(),
        "this user is also legal, and the class needs only one person");

    // Only submitted lists, ten a page; still so after looking at another page.
    driver().findElement(By.id("nav-disposition-lists")).click();
    waitFor(By.id("lists-form:lists-table"));
    filterBy("lists-form:status", "SUBMITTED");
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.textToBe(By.id("lists-form:status_label"), "Submitted"));
    settled();
    pageSize("lists-form:lists-table").selectByValue("10");
    settled();
    driver().findElement(By.id("nav-schedules")).click();
    waitFor(By.id("schedules-form:schedules-table"));
    driver().findElement(By.id("nav-disposition-lists")).click();
    waitFor(
        By.xpath("//*[@id='lists-form:lists-table']//a[normalize-space()='List " + listId + "']"));
    assertEquals("Submitted", driver().findElement(By.id("lists-form:status_label")).getText());
    assertEquals(
        "10", pageSize("lists-form:lists-table").getFirstSelectedOption().getAttribute("value"));
    for (WebElement status :
        driver().findElements(By.cssSelector("#lists-form\\:lists-table tbody .status"))) {
      assertEquals("Submitted", status.getText(), "only submitted lists");
    }

    // The call's own page says when it is due and why, and which hold keeps it.
    browser.open("/calls/call-detail.xhtml?id=" + held);
    String explanation = waitFor(By.id("retention-explanation")).getText();
    String dueOn =
        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
            .withLocale(java.util.Locale.ENGLISH)
            .format(java.time.LocalDate.of(1994, 4, 5));
    assertTrue(explanation.contains("Due on " + dueOn), explanation);
    assertTrue(explanation.contains("Held"), explanation);
    assertTrue(
        driver().findElement(By.id("holds")).getText().contains("Browser v. Sigilo " + code));
  }

  private static long documented(String recordClass) {
    var created =
        SigiloHttp.post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("Browser retention")
                .add("recordClass", recordClass)
                .add("occurredAt", "1994-04-04T10:00:00Z")
                .build()
                .toString());
    assertEquals(201, created.statusCode(), created.body());
    return SigiloHttp.object(created).getJsonNumber("id").longValue();
  }

  private static WebElement rowOf(long recordId) {
    return waitFor(
        By.xpath(
            "//*[@id='list-form:items-table']//tr[.//a[normalize-space()='" + recordId + "']]"));
  }
}

package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sigilo.platform.i18n.Messages;

/**
 * An agent who works without a mouse documents a whole call: only Tab, Shift+Tab, Space, Enter, the
 * arrow keys and typing, always sent to whatever has the focus. Each step checks where the focus
 * went, so the order of the form is tested too, and at a few steps that the focus can be seen.
 */
class DocumentCallByKeyboardBrowserIT extends PortalInBrowser {

  private static final Locale ENGLISH = Locale.ENGLISH;

  /**
   * How the focused control shows its focus: its own outline or shadow, or, for the native inputs
   * PrimeFaces hides visually behind a drawn box (checkboxes, radio buttons) or a drawn menu, that
   * box's. Visible: an outline wider than nothing, or a shadow that is neither transparent nor of
   * no size (the theme animates it in, so callers poll).
   */
  private static final String FOCUS_INDICATOR =
      "var e = document.activeElement, shown = e;"
          + "if (e.closest('.ui-helper-hidden-accessible')) {"
          + "  var w = e.closest('.ui-chkbox, .ui-radiobutton');"
          + "  shown = w ? w.querySelector('.ui-chkbox-box, .ui-radiobutton-box') : e;"
          + "} else if (e.closest('.ui-selectonemenu')) { shown = e.closest('.ui-selectonemenu'); }"
          + "var s = getComputedStyle(shown);"
          + "var outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;"
          + "var shadow = s.boxShadow !== 'none' && !/rgba\\([^)]*,\\s*0\\)/.test(s.boxShadow)"
          + "  && /[1-9][0-9.]*px/.test(s.boxShadow);"
          + "return (outline || shadow) ? 'visible' : "
          + "  (e.id + ': outline ' + s.outlineStyle + ' ' + s.outlineWidth + ', shadow ' + s.boxShadow);";

  @Test
  void anAgentDocumentsACallWithTheKeyboardAlone() {
    String customer = "KEYS-" + UUID.randomUUID().toString().substring(0, 8);
    browser.signIn("agent", "agent-demo");
    browser.open("/calls/document-call.xhtml");
    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("call-form:save")));

    // the first Tab reaches the skip link; Enter on it skips header and navigation
    press(Keys.TAB);
    assertEquals(
        Messages.text(ENGLISH, "layout.skip-to-content"), focused().getText(), "skip link first");
    assertFocusVisible();
    press(Keys.ENTER);

    // the checklist: three items met, one not, and why
    tabTo("call-form:private-place_input");
    assertFocusVisible();
    press(Keys.SPACE);
    tabTo("call-form:screen-privacy_input");
    press(Keys.SPACE);
    tabTo("call-form:no-recording-devices_input");
    press(Keys.SPACE);
    tabTo("call-form:encrypted-connection_input");
    tabTo("call-form:environment-reason");
    press("The VPN is down at the branch; IT ticket 815");

    // 1. the call: the date stays as proposed; the calendar's button is next, and passed over
    tabTo("call-form:occurred-at_input");
    assertFocusVisible();
    press(Keys.TAB);
    assertTrue(
        focused().getAttribute("class").contains("ui-datepicker-trigger"), "calendar button");
    tabTo("call-form:customer-reference");
    press(customer);
    tabTo("call-form:direction:0");
    press(Keys.ARROW_RIGHT);
    assertEquals("call-form:direction:1", focused().getAttribute("id"), "arrow moves the choice");
    assertTrue(focused().isSelected(), "outbound chosen");
    assertFocusVisible();
    tabTo("call-form:channel:0");
    tabTo("call-form:record-class_label");
    assertFocusVisible();
    arrowDownUntil("call-form:record-class_input", "financial-advice");

    // 2. identity
    tabTo("call-form:verification-method_label");
    arrowDownUntil("call-form:verification-method_input", "ONE_TIME_CODE");
    tabTo("call-form:verification-outcome_label");
    arrowDownUntil("call-form:verification-outcome_input", "PASSED");
    tabTo("call-form:verification-attempts_input");

    // 3. consent: financial matters, then a step back to check the box before it is untouched
    tabTo("call-form:consented:0");
    tabTo("call-form:consented:1");
    press(Keys.SPACE);
    tabTo("call-form:consented:2");
    press(Keys.SHIFT, Keys.TAB);
    assertEquals("call-form:consented:1", focused().getAttribute("id"), "Shift+Tab goes back");
    assertTrue(focused().isSelected(), "financial consented");
    tabTo("call-form:consented:2");
    tabTo("call-form:consented:3");
    tabTo("call-form:consented:4");
    tabTo("call-form:consent-how");
    press("May we talk about your loan?");

    // 4. what was discussed
    tabTo("call-form:discussed:0");
    tabTo("call-form:discussed:1");
    press(Keys.SPACE);
    tabTo("call-form:discussed:2");
    tabTo("call-form:discussed:3");
    tabTo("call-form:discussed:4");
    tabTo("call-form:summary");
    press("Asked by keyboard to restructure the loan");
    tabTo("call-form:notes");
    tabTo("call-form:contact");

    // 5. secure channel, then save with Enter
    tabTo("call-form:secure-channel_label");
    arrowDownUntil("call-form:secure-channel_input", "SECURE_MESSAGE");
    tabTo("call-form:save");
    assertFocusVisible();
    press(Keys.ENTER);

    browser
        .waitUpTo(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("masked")));
    assertEquals(customer, driver().findElement(By.id("customer-reference")).getText());
    assertEquals(
        Messages.text(ENGLISH, "call.direction.OUTBOUND")
            + " · "
            + Messages.text(ENGLISH, "call.channel.PHONE"),
        driver().findElement(By.id("direction-channel")).getText());
    assertEquals("financial-advice", driver().findElement(By.id("record-class")).getText());
    assertEquals(
        Messages.text(ENGLISH, "call.secure-channel.SECURE_MESSAGE"),
        driver().findElement(By.id("secure-channel")).getText());
    String consent = driver().findElement(By.id("consent")).getText();
    assertTrue(
        consent.startsWith(Messages.text(ENGLISH, "call.sensitive-category.FINANCIAL")), consent);
    String environment = driver().findElement(By.id("secure-environment")).getText();
    assertTrue(
        environment.contains(Messages.text(ENGLISH, "call-detail.environment.not-encrypted")),
        environment);
    assertTrue(environment.contains("IT ticket 815"), environment);
    String verification = driver().findElement(By.id("verification")).getText();
    assertTrue(
        verification.startsWith(
            Messages.text(ENGLISH, "call.verification-method.ONE_TIME_CODE")
                + ": "
                + Messages.text(ENGLISH, "call.verification-outcome.PASSED")),
        verification);
  }

  private static WebElement focused() {
    return driver().switchTo().activeElement();
  }

  private static void press(CharSequence... keys) {
    focused().sendKeys(keys);
  }

  /** One Tab, which must land on {@code id}: the form's order is part of what is tested. */
  private static void tabTo(String id) {
    String from = focused().getAttribute("id");
    press(Keys.TAB);
    assertEquals(id, focused().getAttribute("id"), "Tab from " + from);
  }

  /** Arrow down through a menu's choices, as a keyboard user would, until {@code value}. */
  private static void arrowDownUntil(String selectId, String value) {
    // other tests add record classes: as many presses as the menu has choices, no more
    int choices = driver().findElement(By.id(selectId)).findElements(By.tagName("option")).size();
    for (int presses = 0; presses < choices; presses++) {
      if (value.equals(driver().findElement(By.id(selectId)).getAttribute("value"))) {
        return;
      }
      press(Keys.ARROW_DOWN);
    }
    assertEquals(value, driver().findElement(By.id(selectId)).getAttribute("value"), selectId);
  }

  private static void assertFocusVisible() {
    JavascriptExecutor script = (JavascriptExecutor) driver();
    String[] last = {null};
    try {
      browser
          .waitUpTo(Duration.ofSeconds(5))
          .until(
              ignored -> {
                last[0] = (String) script.executeScript(FOCUS_INDICATOR);
                return "visible".equals(last[0]);
              });
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError("no visible focus indicator on " + last[0], e);
    }
  }
}

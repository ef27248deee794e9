package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page each role can reach, in English and in Spanish, passes axe-core's WCAG 2.0 and 2.1
 * rules of levels A and AA with no violation: the navigation's pages, a call's and a disposition
 * list's own pages with real records, the sign-in page, the error pages, everyone's change-password
 * page, the admin's People page, and the states that matter (a form refused with its errors shown,
 * the confirmation dialog open, panels opened by a button). Focus is visible on every kind of
 * control a keyboard reaches.
 *
 * <p>The records are calls of 1990 and 1991 on a class of the test's own; each sweep lists what was
 * due by the end of its year, so each list holds only these records. One list is approved (legal
 * may destroy it), the other stays in review; both are live, so later sweeps leave their records
 * out.
 */
class AccessibilityBrowserIT extends PortalInBrowser {

  /** WCAG 2.0 and 2.1, levels A and AA: what the portal promises. */
  static final List<String> WCAG_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final AtomicInteger PAGES_CHECKED = new AtomicInteger();
  private static final AtomicInteger VIOLATIONS = new AtomicInteger();

  /** Records made once for the whole class: a call and two disposition lists. */
  private static Long callId;

  private static Long listId;

  private static Long approvedListId;

  /** Every role in English; in Spanish, roles that together reach every page. */
  static Stream<Arguments> rolesAndLanguages() {
    Stream<Arguments> english = Stream.of(DemoUser.values()).map(u -> Arguments.of(u, "en"));
    Stream<Arguments> spanish =
        Stream.of(DemoUser.AGENT, DemoUser.RECORDS_AND_LEGAL, DemoUser.AUDITOR, DemoUser.ADMIN)
            .map(u -> Arguments.of(u, "es"));
    return Stream.concat(english, spanish);
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("rolesAndLanguages")
  void everyPageOfARolePassesWcagAAndAa(DemoUser user, String language) throws Exception {
    seedRecords();
    List<String> violations = new ArrayList<>();
    signIn(user);
    try {
      chooseLanguage(language);
      String who = user.username() + " (" + language + ")";

      // the pages of the navigation, as its links say
      Set<String> paths = new LinkedHashSet<>();
      for (WebElement link : driver().findElements(By.cssSelector("nav.app-nav a"))) {
        paths.add(link.getDomProperty("href"));
      }
      assertFalse(paths.isEmpty(), "navigation for " + who);
      for (String href : paths) {
        driver().get(href);
        waitForPage();
        assertEquals(language, pageLanguage(), "the page says its language: " + href);
        violations.addAll(check(who + " " + href));
      }

      boolean reachesCalls = !user.roles().equals(List.of("admin"));
      boolean reachesRetention =
          user.roles().stream()
              .anyMatch(r -> List.of("records-manager", "legal", "auditor").contains(r));
      boolean recordsManager = user.roles().contains("records-manager");

      if (reachesCalls) {
        open("/calls/call-detail.xhtml?id=" + callId);
        violations.addAll(check(who + " call " + callId));
      }
      if (user == DemoUser.AGENT) {
        violations.addAll(agentStates(who));
      }
      if (reachesRetention) {
        open("/retention/disposition-list.xhtml?id=" + listId);
        violations.addAll(check(who + " disposition list " + listId));
      }
      if (recordsManager) {
        violations.addAll(recordsManagerStates(who));
      }
      if (user.roles().contains("legal")) {
        violations.addAll(legalStates(who));
      }

      // everyone's own password page, also with its errors shown
      open("/account/change-password.xhtml");
      violations.addAll(check(who + " change password"));
      click("password-form:change");
      waitFor(By.cssSelector(".ui-messages-error"));
      violations.addAll(check(who + " change password refused"));
      if (user.roles().contains("admin")) {
        violations.addAll(adminStates(who));
      }

      // the error pages, as they render for a signed-in person
      open("/no-such-page.xhtml");
      waitForPage();
      violations.addAll(check(who + " not found"));
      open(user == DemoUser.ADMIN ? "/calls/calls.xhtml" : "/admin/system-status.xhtml");
      violations.addAll(check(who + " forbidden"));
    } finally {
      // the choice is remembered with the account: other tests read English (switched from a
      // page this role may open, since the switch posts back to the page it is on)
      open("/index.xhtml");
      chooseLanguage("en");
    }
    assertNoViolations(violations);
  }

  @ParameterizedTest(name = "in {0}")
  @MethodSource("languages")
  void theSignInPagePassesWcagAAndAaAlsoWithItsErrors(String language) throws Exception {
    List<String> violations = new ArrayList<>();
    String who = "anonymous (" + language + ")";
    open("/login.xhtml");
    chooseLanguage(language);
    violations.addAll(check(who + " sign in"));

    driver().findElement(By.id("login-form:sign-in")).click();
    waitFor(By.cssSelector(".ui-messages-error"));
    violations.addAll(check(who + " sign in submitted empty"));

    driver().findElement(By.id("login-form:username")).sendKeys("legal");
    driver().findElement(By.id("login-form:password")).sendKeys("not-the-password");
    driver().findElement(By.id("login-form:sign-in")).click();
    waitFor(By.cssSelector(".ui-messages-error"));
    violations.addAll(check(who + " sign in with a wrong password"));

    open("/login.xhtml?signedOut=true");
    waitFor(By.id("signed-out"));
    violations.addAll(check(who + " signed out"));

    open("/error/not-found.xhtml");
    violations.addAll(check(who + " not found"));
    open("/error/expired.xhtml");
    violations.addAll(check(who + " expired"));
    assertNoViolations(violations);
  }

  static Stream<String> languages() {
    return Stream.of("en", "es");
  }

  /**
   * A keyboard user sees where focus is: on a link, a button, a text field, a checkbox and a select
   * menu (the header's own and a PrimeFaces one), reached with the Tab key, the control shows an
   * outline at least 2px wide that stands out 3:1 from its background, and has none unfocused.
   */
  @Test
  void focusIsVisibleOnEveryKindOfControl() {
    signIn(DemoUser.AGENT);
    open("/calls/document-call.xhtml");
    waitFor(By.id("call-form:save"));
    // kind, what takes focus, what shows it (PrimeFaces hides the real input of a checkbox or menu)
    List<String[]> controls =
        List.of(
            new String[] {
              "header select", "[id='language-form:language']", "[id='language-form:language']"
            },
            new String[] {"link", "#nav-calls", "#nav-calls"},
            new String[] {
              "checkbox",
              "[id='call-form:private-place_input']",
              "[id='call-form:private-place'] .ui-chkbox-box"
            },
            new String[] {
              "text field",
              "[id='call-form:customer-reference']",
              "[id='call-form:customer-reference']"
            },
            new String[] {
              "select menu",
              "[id='call-form:record-class'] .ui-selectonemenu-label",
              "[id='call-form:record-class']"
            },
            new String[] {"button", "[id='call-form:save']", "[id='call-form:save']"});
    for (String[] control : controls) {
      String kind = control[0];
      String focusable = control[1];
      String shown = control[2];
      blur();
      Map<String, Object> unfocused = focusStyle(shown);
      tabTo(focusable);
      Map<String, Object> focused = focusStyle(shown);
      String seen = kind + " (" + shown + "): unfocused " + unfocused + ", focused " + focused;
      assertEquals("none", unfocused.get("outlineStyle"), "no outline without focus: " + seen);
      assertFalse("none".equals(focused.get("outlineStyle")), "an outline with focus: " + seen);
      assertTrue(
          ((Number) focused.get("outlineWidth")).doubleValue() >= 2, "2px at least: " + seen);
      assertTrue(
          ((Number) focused.get("contrast")).doubleValue() >= 3,
          "the outline stands out from what is around it (3:1): " + seen);
    }
  }

  @AfterAll
  static void writeSummary() throws IOException {
    String summary =
        "axe-core WCAG 2.0/2.1 A and AA: "
            + PAGES_CHECKED.get()
            + " pages checked, "
            + VIOLATIONS.get()
            + " violations\n";
    System.out.print(summary);
    Path file = Path.of("target", "axe-summary.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, summary, StandardCharsets.UTF_8);
  }

  /**
   * The agent's states: the calendar open, a call refused with every error shown, and content
   * revealed.
   */
  private List<String> agentStates(String who) {
    List<String> violations = new ArrayList<>();
    open("/calls/document-call.xhtml");
    driver()
        .findElement(By.cssSelector("[id='call-form:occurred-at'] .ui-datepicker-trigger"))
        .click();
    waitFor(By.cssSelector(".ui-datepicker-calendar"));
    violations.addAll(check(who + " document a call calendar open"));
    new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector(".ui-datepicker-calendar")));
    driver().findElement(By.id("call-form:save")).click();
    waitFor(By.cssSelector(".ui-messages-error"));
    violations.addAll(check(who + " document a call submitted empty"));

    open("/calls/call-detail.xhtml?id=" + callId);
    click("reveal-form:reveal");
    waitFor(By.cssSelector("[id='reveal-form'] .ui-message-error"));
    violations.addAll(check(who + " call " + callId + " reveal without a reason"));
    driver().findElement(By.id("reveal-form:reason")).sendKeys("Accessibility check");
    click("reveal-form:reveal");
    waitFor(By.id("summary"));
    violations.addAll(check(who + " call " + callId + " revealed"));
    return violations;
  }

  /** The records manager's states: the confirmation dialog, the exclusion panel, a sweep's run. */
  private List<String> recordsManagerStates(String who) {
    List<String> violations = new ArrayList<>();
    open("/retention/disposition-list.xhtml?id=" + listId);
    click("list-form:submit");
    waitForDialog();
    violations.addAll(check(who + " disposition list " + listId + " confirmation open"));
    driver().findElement(By.id("confirm-form:confirm-no")).click();
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));

    driver().findElement(By.cssSelector("[id$=':exclude']")).click();
    waitFor(By.id("list-form:exclusion-reason"));
    violations.addAll(check(who + " disposition list " + listId + " exclusion open"));
    click("list-form:confirm-exclusion");
    waitForDialog();
    driver().findElement(By.id("confirm-form:confirm-yes")).click();
    waitFor(By.cssSelector(".ui-messages-error"));
    violations.addAll(check(who + " disposition list " + listId + " exclusion without a reason"));

    open("/retention/schedules.xhtml");
    click("schedule-form:define");
    waitForDialog();
    violations.addAll(check(who + " schedules confirmation open"));
    driver().findElement(By.id("confirm-form:confirm-yes")).click();
    waitFor(By.cssSelector(".ui-messages-error"));
    violations.addAll(check(who + " schedules refused"));
    driver().findElement(By.cssSelector("[id$=':versions']")).click();
    waitFor(By.id("schedules-form:history-table"));
    violations.addAll(check(who + " schedules versions open"));

    open("/jobs/jobs.xhtml");
    driver().findElement(By.cssSelector("[id$=':details']")).click();
    waitFor(By.id("runs-form:partitions-table"));
    violations.addAll(check(who + " jobs sweep details"));
    return violations;
  }

  /**
   * The admin's People page states: adding a person refused with every error shown, the panel to
   * disable someone, and its confirmation dialog open (then declined: nobody is disabled).
   */
  private List<String> adminStates(String who) {
    List<String> violations = new ArrayList<>();
    open("/admin/people.xhtml");
    click("create-form:create");
    waitFor(By.cssSelector(".ui-messages-error"));
    violations.addAll(check(who + " people add refused"));
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//tr[td[1][normalize-space()='agent']]//button[contains(@id,':disable')]")))
        .click();
    waitFor(By.id("people-form:reason"));
    violations.addAll(check(who + " people disable panel"));
    click("people-form:apply-confirmed");
    waitForDialog();
    violations.addAll(check(who + " people disable confirmation"));
    click("confirm-form:confirm-no");
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    return violations;
  }

  /** Legal's states: the summary before destroying a list, and a hold refused with its errors. */
  private List<String> legalStates(String who) {
    List<String> violations = new ArrayList<>();
    open("/retention/disposition-list.xhtml?id=" + approvedListId);
    violations.addAll(check(who + " disposition list " + approvedListId + " approved"));
    click("list-form:destroy");
    waitFor(By.id("list-form:destruction-summary"));
    violations.addAll(check(who + " disposition list " + approvedListId + " destruction summary"));
    click("list-form:destroy-cancel");
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.id("list-form:destruction-summary")));

    open("/retention/holds.xhtml");
    click("hold-form:place");
    waitFor(By.cssSelector(".ui-messages-error"));
    violations.addAll(check(who + " holds refused"));
    return violations;
  }

  /** Runs axe on the page as it is now; answers its violations, one readable line per element. */
  private static List<String> check(String page) {
    waitForPage();
    Results results = new AxeBuilder().withTags(WCAG_A_AA).analyze(driver());
    if (results.isErrored()) {
      throw new AssertionError("axe could not check " + page + ": " + results.getErrorMessage());
    }
    PAGES_CHECKED.incrementAndGet();
    List<String> found = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      for (CheckedNode node : rule.getNodes()) {
        VIOLATIONS.incrementAndGet();
        found.add(
            page
                + " ["
                + driver().getCurrentUrl()
                + "]: "
                + rule.getId()
                + " ("
                + rule.getImpact()
                + ") "
                + node.getTarget()
                + " - "
                + rule.getHelp()
                + " | "
                + node.getHtml()
                + " | "
                + String.valueOf(node.getFailureSummary()).replace('\n', ' '));
      }
    }
    return found;
  }

  private static void assertNoViolations(List<String> violations) {
    assertEquals(
        List.of(),
        violations,
        violations.size() + " accessibility violations:\n" + String.join("\n", violations));
  }

  /** Chooses the language with the header's switch, unless the page speaks it already. */
  private static void chooseLanguage(String language) {
    waitForPage();
    if (!language.equals(pageLanguage())) {
      switchLanguage(language);
    }
  }

  /**
   * The {@code lang} of the page now shown (read by script: the page may be replaced meanwhile).
   */
  private static String pageLanguage() {
    return (String)
        ((JavascriptExecutor) driver()).executeScript("return document.documentElement.lang;");
  }

  /**
   * Signs in and waits for the page behind the sign-in page (Browser.signIn waits for a heading,
   * which the sign-in page has too).
   */
  private static void signIn(DemoUser user) {
    browser.signIn(user.username(), user.password());
    browser
        .waitUpTo(WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.id("logout-form:logout")));
    waitForPage();
  }

  private static void open(String path) {
    browser.open(path);
    waitForPage();
  }

  private static void click(String id) {
    browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  private static WebElement waitFor(By locator) {
    return browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until the page is loaded, its AJAX answered and its animations over. */
  private static void waitForPage() {
    browser
        .waitUpTo(WAIT)
        .until(
            ignored ->
                (Boolean)
                    ((JavascriptExecutor) driver())
                        .executeScript(
                            "return document.readyState === 'complete'"
                                + " && (!window.jQuery || (jQuery.active === 0"
                                + " && jQuery(':animated').length === 0));"));
  }

  private static void waitForDialog() {
    waitFor(By.cssSelector(".ui-confirm-dialog"));
    browser
        .waitUpTo(WAIT)
        .until(
            ignored ->
                "1"
                    .equals(
                        driver()
                            .findElement(By.cssSelector(".ui-confirm-dialog"))
                            .getCssValue("opacity")));
  }

  private static void blur() {
    ((JavascriptExecutor) driver())
        .executeScript("if (document.activeElement) { document.activeElement.blur(); }");
  }

  /**
   * Presses Tab from the top of the page (its skip link) until {@code css} has focus, as a keyboard
   * user would.
   */
  private static void tabTo(String css) {
    WebElement target = driver().findElement(By.cssSelector(css));
    ((JavascriptExecutor) driver()).executeScript("document.querySelector('.skip-link').focus();");
    List<String> trail = new ArrayList<>();
    for (int presses = 0; presses < 120; presses++) {
      new Actions(driver()).sendKeys(Keys.TAB).perform();
      WebElement active = driver().switchTo().activeElement();
      if (target.equals(active)) {
        return;
      }
      trail.add(
          active.getTagName()
              + "#"
              + active.getDomAttribute("id")
              + "."
              + active.getDomAttribute("class"));
    }
    throw new AssertionError(css + " is not reached with the Tab key; focus went " + trail);
  }

  /**
   * How the element {@code css} matches is outlined, as the browser draws it, and the contrast of
   * the outline's colour with the background behind the element (WCAG's formula).
   */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> focusStyle(String css) {
    return (Map<String, Object>)
        ((JavascriptExecutor) driver())
            .executeScript(
                "var element = document.querySelector(arguments[0]);"
                    + "var style = getComputedStyle(element);"
                    + "function rgb(c) { return c.match(/[\\d.]+/g).map(Number); }"
                    + "function luminance(c) { var v = rgb(c).slice(0, 3).map(function (x) {"
                    + "  x = x / 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });"
                    + "  return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }"
                    + "var behind = element.parentElement, background = 'rgb(255, 255, 255)';"
                    + "while (behind) { var b = getComputedStyle(behind).backgroundColor;"
                    + "  var parts = rgb(b); if (parts.length < 4 || parts[3] > 0) { background = b; break; }"
                    + "  behind = behind.parentElement; }"
                    + "var l1 = luminance(style.outlineColor), l2 = luminance(background);"
                    + "return { outlineStyle: style.outlineStyle,"
                    + "  outlineWidth: parseFloat(style.outlineWidth),"
                    + "  outlineColor: style.outlineColor, background: background,"
                    + "  contrast: (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05),"
                    + "  boxShadow: style.boxShadow };",
                css);
  }

  /**
   * The records the pages show: an agent's call; an approved disposition list of a call of 1990
   * (legal may destroy it); a list in review of two calls of 1991.
   */
  private static synchronized void seedRecords() throws InterruptedException {
    if (callId != null) {
      return;
    }
    String recordClass = RetentionApiIT.classWithSchedule(false);
    RetentionApiIT.documentedCall(recordClass, "1990-05-05T10:00:00Z");
    approvedListId =
        RetentionApiIT.sweep("1990-12-31").getJsonNumber("dispositionListId").longValue();
    assertEquals(
        200,
        SigiloHttp.post(
                "/api/disposition-lists/" + approvedListId + "/submission",
                DemoUser.RECORDS_MANAGER,
                "")
            .statusCode());
    assertEquals(
        200,
        SigiloHttp.post(
                "/api/disposition-lists/" + approvedListId + "/approval", DemoUser.LEGAL, "")
            .statusCode());
    RetentionApiIT.documentedCall(recordClass, "1991-05-05T10:00:00Z");
    RetentionApiIT.documentedCall(recordClass, "1991-06-06T10:00:00Z");
    listId = RetentionApiIT.sweep("1991-12-31").getJsonNumber("dispositionListId").longValue();
    callId =
        SigiloHttp.object(
                SigiloHttp.post(
                    "/api/calls",
                    DemoUser.AGENT,
                    SampleCalls.validCall("Accessibility check").build().toString()))
            .getJsonNumber("id")
            .longValue();
  }
}

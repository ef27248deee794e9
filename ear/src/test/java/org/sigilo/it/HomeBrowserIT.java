package org.sigilo.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The home page's charts: a records manager sees what falls due in the next 24 months by record
 * class and what holds keep; legal sees what was destroyed month by month with each certificate;
 * someone with both roles sees both. Each chart is drawn, and its data (read from the page's
 * Chart.js object) is the table's.
 *
 * <p>The suite's database holds other tests' records too, so the numbers asserted exactly are this
 * test's own: a record class of its own, and changes (a hold, a destruction run) read before and
 * after. Destroyed records are calls of 1991, a year no other test uses.
 */
class HomeBrowserIT extends PortalInBrowser {

  private static final List<String> SPANISH_MONTHS =
      List.of(
          "enero",
          "febrero",
          "marzo",
          "abril",
          "mayo",
          "junio",
          "julio",
          "agosto",
          "septiembre",
          "octubre",
          "noviembre",
          "diciembre");

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static WebElement waitFor(By locator) {
    return browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  private static JavascriptExecutor script() {
    return (JavascriptExecutor) driver();
  }

  @Test
  void aRecordsManagerSeesWhatFallsDueByClassAndWhatHoldsKeep() throws Exception {
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String code = "home-" + suffix;
    String name = "Home outlook " + suffix;
    classWithSchedule(code, name, "P2Y");
    // P2Y from the 15th two years before a month falls due on the 15th of that month
    long first = documented(code, now.plusMonths(1).minusYears(2).atDay(15) + "T10:00:00Z");
    documented(code, now.plusMonths(1).minusYears(2).atDay(15) + "T11:00:00Z");
    documented(code, now.plusMonths(5).minusYears(2).atDay(15) + "T10:00:00Z");
    // before and after the 24 months: due last month, and on the 1st of the 25th month
    documented(code, now.minusMonths(1).minusYears(2).atDay(15) + "T10:00:00Z");
    documented(code, now.atDay(1) + "T00:00:00Z");

    browser.signIn("records-manager", "records-manager-demo");
    DueTable before = dueTable();
    assertEquals(24, before.months().size(), "24 months");
    assertEquals(now, before.months().get(0), "from the current month");
    assertEquals(now.plusMonths(23), before.months().get(23));
    List<Long> ours = before.byClass().get(code);
    assertNotNull(ours, "a column for the class: " + before.byClass().keySet());
    List<Long> expected = new ArrayList<>(java.util.Collections.nCopies(24, 0L));
    expected.set(1, 2L);
    expected.set(5, 1L);
    assertEquals(expected, ours, "due in known months, zero in the others, none outside");
    assertChartIsTheTable(before, name);
    String label = driver().findElement(By.id("due-chart_canvas")).getAttribute("aria-label");
    assertTrue(label.startsWith("Bar chart of the records falling due"), label);

    HttpResponse<String> hold =
        SigiloHttp.post(
            "/api/holds",
            DemoUser.LEGAL,
            Json.createObjectBuilder()
                .add("matter", "Home outlook matter " + suffix)
                .add("reason", "Preserve one record due next month")
                .add("recordIds", Json.createArrayBuilder().add(first))
                .build()
                .toString());
    assertEquals(201, hold.statusCode(), hold.body());
    DueTable after = dueTable();
    assertEquals(before.held().get(1) + 1, after.held().get(1), "the held record is counted");
    assertEquals(before.held().get(5), after.held().get(5));
    assertEquals(expected, after.byClass().get(code), "held records still fall due");
    assertChartIsTheTable(after, name);
    assertTrue(
        driver().findElement(By.id("holds-in-force")).getText().contains("legal hold"),
        driver().findElement(By.id("holds-in-force")).getText());

    fullPageScreenshot("records-manager-home-en");
    try {
      switchLanguage("es");
      assertEquals("Inicio", waitFor(By.cssSelector("main h1")).getText());
      DueTable spanish = dueTable();
      assertEquals(expected, spanish.byClass().get(code));
      Locale es = Locale.forLanguageTag("es");
      String monthRow =
          driver()
              .findElement(
                  By.cssSelector("#due-table tr[data-month='" + now.plusMonths(1) + "'] th"))
              .getText();
      // written out here, not with the page's own formatter, so a wrong pattern shows
      YearMonth next = now.plusMonths(1);
      assertEquals(
          SPANISH_MONTHS.get(next.getMonthValue() - 1) + " de " + next.getYear(), monthRow);
      List<?> labels = (List<?>) script().executeScript("return PF('dueChart').chart.data.labels;");
      String firstLabel = (String) labels.get(0);
      assertTrue(
          firstLabel.startsWith(SPANISH_MONTHS.get(now.getMonthValue() - 1).substring(0, 3))
              && firstLabel.endsWith(" " + now.getYear()),
          firstLabel);
      assertEquals("es", script().executeScript("return PF('dueChart').chart.options.locale;"));
      String spanishLabel =
          driver().findElement(By.id("due-chart_canvas")).getAttribute("aria-label");
      assertTrue(spanishLabel.startsWith("Gráfico de barras"), spanishLabel);
      fullPageScreenshot("records-manager-home-es");
    } finally {
      // the choice is remembered with the account, which other tests read in English
      switchLanguage("en");
    }
    assertEquals("Home", waitFor(By.cssSelector("main h1")).getText());

    // released, the hold keeps nothing any more
    ok(
        SigiloHttp.post(
            "/api/holds/" + SigiloHttp.object(hold).getJsonNumber("id") + "/release",
            DemoUser.LEGAL,
            "{\"reason\":\"Matter closed\"}"));
    assertEquals(before.held(), dueTable().held());
  }

  @Test
  void legalSeesEachMonthsDestructionsWithALinkToEachCertificate() throws Exception {
    YearMonth now = YearMonth.now(ZoneOffset.UTC);
    browser.signIn("legal", "legal-demo");
    long destroyedBefore = 0;
    long runsBefore = 0;
    if (driver().findElements(By.id("destructions-table")).isEmpty()) {
      assertFalse(
          driver().findElements(By.id("destructions-empty")).isEmpty(),
          "no destruction yet: the empty state says so");
    } else {
      destroyedBefore = destructionCell(now, "destroyed");
      runsBefore = destructionCell(now, "runs");
    }

    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String code = "home-destroy-" + suffix;
    classWithSchedule(code, "Home destruction " + suffix, "P1M");
    for (int i = 0; i < 3; i++) {
      documented(code, "1991-0" + (i + 2) + "-10T10:00:00Z");
    }
    long listId = RetentionApiIT.sweep("1991-12-31").getJsonNumber("dispositionListId").longValue();
    ok(
        SigiloHttp.post(
            "/api/disposition-lists/" + listId + "/submission", DemoUser.RECORDS_MANAGER, ""));
    ok(SigiloHttp.post("/api/disposition-lists/" + listId + "/approval", DemoUser.LEGAL, ""));
    HttpResponse<String> started =
        SigiloHttp.post("/api/jobs/records-destruction?listId=" + listId, DemoUser.LEGAL, "");
    assertEquals(202, started.statusCode(), started.body());
    String location = started.headers().firstValue("Location").orElseThrow();
    var run =
        SyntheticLoadIT.waitForTermination(
            location.substring(location.indexOf("/api/")), Duration.ofMinutes(3));
    assertEquals("COMPLETED", run.getString("batchStatus"), run.toString());
    long certificate =
        run.getJsonObject("destruction").getJsonNumber("certificateNumber").longValue();

    browser.open("/index.xhtml");
    waitFor(By.id("destructions-table"));
    assertEquals(destroyedBefore + 3, destructionCell(now, "destroyed"));
    assertEquals(runsBefore + 1, destructionCell(now, "runs"));
    waitForChart("destructionChart", "destruction-chart_canvas");
    List<Long> table = new ArrayList<>();
    List<WebElement> rows = driver().findElements(By.cssSelector("#destructions-table tbody tr"));
    assertEquals(24, rows.size());
    assertEquals(now.toString(), rows.get(23).getAttribute("data-month"), "up to this month");
    for (WebElement row : rows) {
      table.add(number(row.findElement(By.cssSelector("td.destroyed")).getText()));
    }
    assertEquals(table, chartData("destructionChart", 0), "the chart's bars are the table's");

    browser.screenshot("legal-home");
    WebElement link =
        driver()
            .findElement(
                By.xpath(
                    "//table[@id='destructions-table']//a[normalize-space()='Certificate no. "
                        + certificate
                        + " (3 records)']"));
    link.click();
    browser
        .waitUpTo(WAIT)
        .until(
            ExpectedConditions.textToBe(
                By.cssSelector("#search-form\\:certificates-table tbody tr td"),
                Long.toString(certificate)));
    assertTrue(
        driver().getCurrentUrl().contains("number=" + certificate), driver().getCurrentUrl());
  }

  @Test
  void someoneWithBothRolesSeesBothCharts() {
    browser.signIn("records-legal", "records-legal-demo");
    assertFalse(driver().findElements(By.id("due-section")).isEmpty(), "what falls due");
    assertFalse(driver().findElements(By.id("destructions-section")).isEmpty(), "destructions");
    driver().manage().deleteAllCookies();
    browser.signIn("agent", "agent-demo");
    assertTrue(driver().findElements(By.id("due-section")).isEmpty(), "not for agents");
    assertTrue(driver().findElements(By.id("destructions-section")).isEmpty());
  }

  /** The due table as the page shows it, numbers read back from the view's language. */
  record DueTable(
      List<YearMonth> months,
      Map<String, List<Long>> byClass,
      List<Long> totals,
      List<Long> held) {}

  private static DueTable dueTable() {
    browser.open("/index.xhtml");
    waitFor(By.id("due-table"));
    List<WebElement> headers =
        driver().findElements(By.cssSelector("#due-table thead th[data-class]"));
    List<String> classes = headers.stream().map(h -> h.getAttribute("data-class")).toList();
    Map<String, List<Long>> byClass = new HashMap<>();
    classes.forEach(c -> byClass.put(c, new ArrayList<>()));
    List<YearMonth> months = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    List<Long> held = new ArrayList<>();
    for (WebElement row : driver().findElements(By.cssSelector("#due-table tbody tr"))) {
      months.add(YearMonth.parse(row.getAttribute("data-month")));
      List<WebElement> cells = row.findElements(By.tagName("td"));
      assertEquals(classes.size() + 2, cells.size(), "a cell per class, the total and the held");
      long sum = 0;
      for (int i = 0; i < classes.size(); i++) {
        long due = number(cells.get(i).getText());
        byClass.get(classes.get(i)).add(due);
        sum += due;
      }
      long total = number(cells.get(classes.size()).getText());
      assertEquals(sum, total, "the total is the classes' sum");
      totals.add(total);
      held.add(number(cells.get(classes.size() + 1).getText()));
    }
    return new DueTable(months, byClass, totals, held);
  }

  /** The due chart is drawn and its datasets are the table's columns, the class's one by name. */
  private static void assertChartIsTheTable(DueTable table, String className) {
    waitForChart("dueChart", "due-chart_canvas");
    List<?> datasets =
        (List<?>)
            script()
                .executeScript(
                    "return PF('dueChart').chart.data.datasets.map(d => ({label: d.label,"
                        + " type: d.type || 'bar', data: d.data}));");
    assertEquals(table.byClass().size() + 1, datasets.size(), "a stack per class and the held");
    List<List<Long>> stacks = new ArrayList<>();
    boolean foundOurs = false;
    for (Object each : datasets) {
      Map<?, ?> dataset = (Map<?, ?>) each;
      List<Long> data =
          ((List<?>) dataset.get("data")).stream().map(n -> ((Number) n).longValue()).toList();
      if ("line".equals(dataset.get("type"))) {
        assertEquals(table.held(), data, "the line is the held column");
      } else {
        stacks.add(data);
        if (className.equals(dataset.get("label"))) {
          foundOurs = true;
        }
      }
    }
    assertTrue(foundOurs, "a stack named after the class " + className);
    List<List<Long>> columns = new ArrayList<>(table.byClass().values());
    assertEquals(
        columns.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList(),
        stacks.stream().sorted(java.util.Comparator.comparing(Object::toString)).toList(),
        "each stack is a class's column");
  }

  private static List<Long> chartData(String widget, int dataset) {
    return ((List<?>)
            script()
                .executeScript(
                    "return PF(arguments[0]).chart.data.datasets[arguments[1]].data;",
                    widget,
                    dataset))
        .stream().map(n -> ((Number) n).longValue()).toList();
  }

  /** Waits until the widget has made its Chart.js chart and the chart has drawn on its canvas. */
  private static void waitForChart(String widget, String canvasId) {
    browser
        .waitUpTo(WAIT)
        .until(
            ignored ->
                Boolean.TRUE.equals(
                        script()
                            .executeScript(
                                "const w = PrimeFaces.widgets[arguments[0]];"
                                    + " return !!(w && w.chart && w.chart.data.datasets.length);",
                                widget))
                    && canvasDrawn(canvasId));
  }

  /** Whether the canvas holds a drawing: its pixels differ from a blank canvas of its size. */
  private static boolean canvasDrawn(String canvasId) {
    return (Boolean)
        script()
            .executeScript(
                "const c = document.getElementById(arguments[0]);"
                    + " const blank = document.createElement('canvas');"
                    + " blank.width = c.width; blank.height = c.height;"
                    + " return c.width > 0 && c.height > 0 && c.toDataURL() !== blank.toDataURL();",
                canvasId);
  }

  private static long destructionCell(YearMonth month, String column) {
    return number(
        driver()
            .findElement(
                By.cssSelector("#destructions-table tr[data-month='" + month + "'] td." + column))
            .getText());
  }

  /** A whole number as the page writes it, in English or Spanish (1,234 or 1.234). */
  private static long number(String text) {
    return Long.parseLong(text.replaceAll("[^0-9]", ""));
  }

  /** A screenshot of the whole page, not just the window, for the README. */
  private static void fullPageScreenshot(String name) throws java.io.IOException {
    Dimension window = driver().manage().window().getSize();
    long height = (Long) script().executeScript("return document.documentElement.scrollHeight;");
    driver().manage().window().setSize(new Dimension(window.getWidth(), (int) height + 120));
    try {
      // the chart redraws for its new size before the picture is taken
      browser.waitUpTo(WAIT).until(ignored -> canvasDrawn("due-chart_canvas"));
      Path file = browser.screenshot(name);
      assertTrue(Files.size(file) > 20_000, "screenshot saved: " + file);
    } finally {
      driver().manage().window().setSize(window);
    }
  }

  private static void classWithSchedule(String code, String name, String period) {
    created(
        SigiloHttp.post(
            "/api/record-classes",
            DemoUser.RECORDS_MANAGER,
            Json.createObjectBuilder().add("code", code).add("name", name).build().toString()));
    created(
        SigiloHttp.post(
            "/api/schedules",
            DemoUser.RECORDS_MANAGER,
            Json.createObjectBuilder()
                .add("recordClass", code)
                .add("period", period)
                .add("disposition", "DESTROY")
                .add("twoPersonRule", false)
                .add("authority", "Home Page Records Act, s. 1")
                .build()
                .toString()));
  }

  private static long documented(String recordClass, String occurredAt) {
    HttpResponse<String> created =
        SigiloHttp.post(
            "/api/calls",
            DemoUser.AGENT,
            SampleCalls.validCall("Home page chart")
                .add("recordClass", recordClass)
                .add("occurredAt", occurredAt)
                .build()
                .toString());
    created(created);
    return SigiloHttp.object(created).getJsonNumber("id").longValue();
  }

  private static void created(HttpResponse<String> response) {
    assertEquals(201, response.statusCode(), response.body());
  }

  private static void ok(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
  }
}

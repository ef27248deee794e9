package org.sigilo.portal.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sigilo.destruction.boundary.DestructionHistory;
import org.sigilo.destruction.boundary.DestructionMonth;
import org.sigilo.retention.boundary.DueOutlook;
import org.sigilo.retention.boundary.RetentionOutlook;
import org.sigilo.users.entity.Role;

/**
 * Backs {@code index.xhtml}: who is signed in and what their roles may do; for records managers,
 * what falls due in the next 24 months by class and how much of it holds keep; for legal, what was
 * destroyed in the last 24 months with each run's certificate. Each chart is a Chart.js
 * configuration for PrimeFaces' {@code p:chart} (its JSON {@code value}), beside a table with the
 * same numbers for people who do not see the chart.
 *
 * <p>Request-scoped: the page has no postbacks of its own (the language switch redirects), and the
 * figures are read once per request, only for the roles that see them.
 */
@Named
@RequestScoped
public class Home {

  /**
   * Fills for the stacks, one per record class in turn: dark enough for 3:1 against the white page
   * (WCAG 1.4.11) and told apart by the legend and the table, not by colour alone.
   */
  static final List<String> PALETTE =
      List.of(
          "#1f4e79", "#b3541e", "#2e7d32", "#8e3b8e", "#7a5c00", "#00695c", "#5d4037", "#455a64");

  static final String HELD_COLOUR = "#b42318";

  @Inject CurrentUser currentUser;
  @EJB RetentionOutlook retentionOutlook;
  @EJB DestructionHistory destructionHistory;

  private DueOutlook outlook;
  private List<DestructionMonth> destructions;

  /** A row of the due table: one month, its records per class (as the outlook orders them). */
  public record DueRow(YearMonth month, List<Long> byClass, long total, long held) {}

  public boolean isRecordsManager() {
    return currentUser.hasRole(Role.RECORDS_MANAGER);
  }

  public boolean isLegal() {
    return currentUser.hasRole(Role.LEGAL);
  }

  public DueOutlook getOutlook() {
    if (outlook == null) {
      outlook = retentionOutlook.comingMonths();
    }
    return outlook;
  }

  public List<DueRow> getDueRows() {
    DueOutlook due = getOutlook();
    List<Long> totals = due.totals();
    List<DueRow> rows = new ArrayList<>();
    for (int i = 0; i < due.months().size(); i++) {
      int month = i;
      rows.add(
          new DueRow(
              due.months().get(i),
              due.classes().stream().map(c -> c.due().get(month)).toList(),
              totals.get(i),
              due.held().get(i)));
    }
    return rows;
  }

  /** The month after the outlook's last: nothing before it falls due (the empty state says so). */
  public String getOutlookEnd() {
    List<YearMonth> months = getOutlook().months();
    return month(months.get(months.size() - 1).plusMonths(1));
  }

  /** Chart.js: a bar per month stacked by class, and a line of the records holds keep. */
  public String getDueChart() {
    DueOutlook due = getOutlook();
    JsonArrayBuilder datasets = Json.createArrayBuilder();
    for (int i = 0; i < due.classes().size(); i++) {
      DueOutlook.ClassDue recordClass = due.classes().get(i);
      String colour = PALETTE.get(i % PALETTE.size());
      datasets.add(
          Json.createObjectBuilder()
              .add("label", recordClass.name())
              .add("data", numbers(recordClass.due()))
              .add("backgroundColor", colour)
              .add("borderColor", colour)
              .add("stack", "due")
              .add("order", 2));
    }
    datasets.add(
        Json.createObjectBuilder()
            .add("type", "line")
            .add("label", MessageBundle.text("home.due.held"))
            .add("data", numbers(due.held()))
            .add("borderColor", HELD_COLOUR)
            .add("backgroundColor", HELD_COLOUR)
            .add("borderDash", Json.createArrayBuilder().add(6).add(4))
            .add("pointStyle", "rectRot")
            .add("pointRadius", 4)
            .add("fill", false)
            // its own stack: the held are some of the due, not more on top of them
            .add("stack", "held")
            .add("order", 1));
    return script(
        chart(
            due.months(),
            datasets,
            true,
            MessageBundle.text("home.due.axis"),
            MessageBundle.text("home.due.chart.title")));
  }

  /** What the due chart shows, in a sentence: its accessible name. */
  public String getDueSummary() {
    DueOutlook due = getOutlook();
    YearMonth busiest = due.busiestMonth();
    return MessageBundle.text(
        "home.due.chart.summary",
        due.total(),
        busiest == null ? "" : month(busiest),
        busiest == null ? 0 : due.totals().get(due.months().indexOf(busiest)),
        due.totalHeld(),
        due.classes().size());
  }

  public List<DestructionMonth> getDestructions() {
    if (destructions == null) {
      destructions = destructionHistory.pastMonths();
    }
    return destructions;
  }

  public long getDestroyedTotal() {
    return getDestructions().stream().mapToLong(DestructionMonth::destroyed).sum();
  }

  public int getRunsTotal() {
    return getDestructions().stream().mapToInt(DestructionMonth::runs).sum();
  }

  /** The first month of legal's history, for its empty state. */
  public String getHistoryStart() {
    return month(getDestructions().get(0).month());
  }

  /** Chart.js: a bar per month of the records destroyed then. */
  public String getDestructionChart() {
    List<DestructionMonth> months = getDestructions();
    JsonArrayBuilder destroyed = Json.createArrayBuilder();
    months.forEach(month -> destroyed.add(month.destroyed()));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", MessageBundle.text("home.destructions.destroyed"))
                    .add("data", destroyed)
                    .add("backgroundColor", PALETTE.get(0))
                    .add("borderColor", PALETTE.get(0)));
    return script(
        chart(
            months.stream().map(DestructionMonth::month).toList(),
            datasets,
            false,
            MessageBundle.text("home.destructions.axis"),
            MessageBundle.text("home.destructions.chart.title")));
  }

  /** What the destruction chart shows, in a sentence: its accessible name. */
  public String getDestructionSummary() {
    return MessageBundle.text(
        "home.destructions.chart.summary", getDestroyedTotal(), getRunsTotal());
  }

  /** A month as the table heads its row: the month's name and the year, in the view's language. */
  public String month(YearMonth month) {
    return DateTimeFormatter.ofPattern(MessageBundle.text("format.month"), locale()).format(month);
  }

  /** A month as the chart's axis labels it: shorter. */
  private static String shortMonth(YearMonth month) {
    return DateTimeFormatter.ofPattern(MessageBundle.text("format.month.short"), locale())
        .format(month);
  }

  private static JsonObject chart(
      List<YearMonth> months,
      JsonArrayBuilder datasets,
      boolean stacked,
      String axisTitle,
      String title) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    months.forEach(month -> labels.add(shortMonth(month)));
    JsonObjectBuilder y =
        Json.createObjectBuilder()
            .add("stacked", stacked)
            .add("beginAtZero", true)
            // whole records: no 0.5 ticks
            .add("ticks", Json.createObjectBuilder().add("precision", 0))
            .add("title", Json.createObjectBuilder().add("display", true).add("text", axisTitle));
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                // numbers in ticks and tooltips as the page's language writes them
                .add("locale", locale().toLanguageTag())
                // drawn at once: nothing moves for people who asked for less motion
                .add("animation", false)
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", stacked))
                        .add("y", y))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add(
                            "title",
                            Json.createObjectBuilder().add("display", true).add("text", title))
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build();
  }

  private static JsonArrayBuilder numbers(List<Long> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }

  /**
   * The configuration as PrimeFaces writes it into the page's script: JSON, with every {@code <}
   * escaped so that no class name can end the script element.
   */
  static String script(JsonObject config) {
    return config.toString().replace("<", "\\u003c");
  }

  private static Locale locale() {
    return MessageBundle.viewLocale();
  }
}

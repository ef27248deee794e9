package org.sigilo.retention.boundary;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What falls due in the coming months, as a records manager plans disposition: for each month of
 * the outlook (the current one first, none skipped) the records of each class that fall due then,
 * and how many of them legal holds in force keep. Months with nothing read zero; a class shows only
 * when some of its records fall due within the outlook.
 *
 * @param months the months of the outlook, consecutive, the first one the current month
 * @param classes the classes with records falling due, by name; each with one count per month
 * @param held per month, the records falling due then that a hold in force covers
 * @param holdsInForce legal holds in force now
 */
public record DueOutlook(
    List<YearMonth> months, List<ClassDue> classes, List<Long> held, long holdsInForce) {

  /** One record class's records falling due, one count per month of the outlook. */
  public record ClassDue(String code, String name, List<Long> due) {

    public long total() {
      return due.stream().mapToLong(Long::longValue).sum();
    }
  }

  public DueOutlook {
    months = List.copyOf(months);
    classes = List.copyOf(classes);
    held = List.copyOf(held);
  }

  /**
   * Buckets counts into {@code length} months from {@code first}: counts outside them are left out,
   * several counts of one class and month add up. Classes are named by {@code names} (their code
   * where it has none) and ordered by name.
   */
  public static DueOutlook of(
      YearMonth first,
      int length,
      List<DueCount> counts,
      Map<String, String> names,
      long holdsInForce) {
    Objects.requireNonNull(first);
    if (length < 1) {
      throw new IllegalArgumentException("An outlook covers at least one month, not " + length);
    }
    List<YearMonth> months = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      months.add(first.plusMonths(i));
    }
    long[] held = new long[length];
    Map<String, long[]> byClass = new TreeMap<>();
    for (DueCount count : counts) {
      int index = months.indexOf(count.month());
      if (index < 0) {
        continue;
      }
      byClass.computeIfAbsent(count.recordClass(), code -> new long[length])[index] += count.due();
      held[index] += count.held();
    }
    List<ClassDue> classes = new ArrayList<>();
    byClass.forEach(
        (code, due) -> classes.add(new ClassDue(code, names.getOrDefault(code, code), list(due))));
    classes.sort(
        Comparator.comparing(ClassDue::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(ClassDue::code));
    return new DueOutlook(months, classes, list(held), holdsInForce);
  }

  /** Per month, the records of every class falling due then. */
  public List<Long> totals() {
    long[] totals = new long[months.size()];
    for (ClassDue due : classes) {
      for (int i = 0; i < totals.length; i++) {
        totals[i] += due.due().get(i);
      }
    }
    return list(totals);
  }

  /** Every record falling due within the outlook. */
  public long total() {
    return classes.stream().mapToLong(ClassDue::total).sum();
  }

  public long totalHeld() {
    return held.stream().mapToLong(Long::longValue).sum();
  }

  /** Nothing falls due within the outlook. */
  public boolean isEmpty() {
    return total() == 0;
  }

  /** The month in which the most records fall due (the earliest of equals), or null if none. */
  public YearMonth busiestMonth() {
    List<Long> totals = totals();
    long most = totals.isEmpty() ? 0 : Collections.max(totals);
    return most == 0 ? null : months.get(totals.indexOf(most));
  }

  private static List<Long> list(long[] values) {
    List<Long> list = new ArrayList<>(values.length);
    for (long value : values) {
      list.add(value);
    }
    return List.copyOf(list);
  }
}

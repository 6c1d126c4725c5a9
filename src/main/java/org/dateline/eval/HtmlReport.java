package org.dateline.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@link Report} of {@code eval html}: the benchmark's precision, recall, F1 and accuracy over all pages and
 * over each fixed half of the gold file (first and second half in file order, so a change can be checked to help
 * both), failed pages, extraction time per page, and the worst pages for inspection.
 */
final class HtmlReport {

  private record Scored(HtmlTask.Gold gold, ShingleMetric.Page page, int tokens, String error) {
  }

  private final String title;
  private final List<Scored> pages = new ArrayList<>();
  private long nanos;

  HtmlReport(String title) {
    this.title = title;
  }

  void add(HtmlTask.Gold gold, String text, String error, long pageNanos) {
    pages.add(new Scored(gold, ShingleMetric.page(gold.body(), text), ShingleMetric.tokens(text).size(), error));
    nanos += pageNanos;
  }

  Report report(int errors) {
    int half = (pages.size() + 1) / 2;
    ShingleMetric.Figures all = figures(pages);
    ShingleMetric.Figures first = figures(pages.subList(0, half));
    ShingleMetric.Figures second = figures(pages.subList(half, pages.size()));
    long failed = pages.stream().filter(p -> !p.error().isEmpty()).count();
    double millis = pages.isEmpty() ? 0 : nanos / 1e6 / pages.size();
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("F1", all.f1());
    figures.put("precision", all.precision());
    figures.put("recall", all.recall());
    figures.put("accuracy", all.accuracy());
    figures.put("F1 first half", first.f1());
    figures.put("F1 second half", second.f1());
    figures.put("failed pages", (double) failed);
    figures.put("CPU ms per page", millis);
    List<String> notes = List.of(
        "| pages | n | P | R | F1 | accuracy |", "|---|---:|---:|---:|---:|---:|",
        row("all", all), row("first half", first), row("second half", second), "",
        String.format(Locale.ROOT, "Failed pages: %d. Extraction: %.1f CPU ms per page (reading, parsing, choosing and "
            + "cleaning the text; one thread, cold JVM).", failed, millis));
    List<String> worst = pages.stream().sorted(Comparator.comparingDouble(p -> p.page().f1())).limit(errors)
        .map(HtmlReport::describe).toList();
    return new Report(title, List.of(), figures, notes, worst);
  }

  private static ShingleMetric.Figures figures(List<Scored> scored) {
    return ShingleMetric.figures(scored.stream().map(Scored::page).toList());
  }

  private static String row(String label, ShingleMetric.Figures f) {
    return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |", label, f.pages(), f.precision(),
        f.recall(), f.f1(), f.accuracy());
  }

  private static String describe(Scored s) {
    return String.format(Locale.ROOT, "%s P=%.3f R=%.3f F1=%.3f tokens=%d/%d %s%s", s.gold().id(),
        s.page().precision(), s.page().recall(), s.page().f1(), s.tokens(),
        ShingleMetric.tokens(s.gold().body()).size(), s.gold().url(), s.error().isEmpty() ? "" : " " + s.error());
  }
}

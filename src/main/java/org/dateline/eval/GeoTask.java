package org.dateline.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.config.Extraction;
import org.dateline.doc.Article;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * Geocoding on a gold file like geo-dev, scored as its {@code score_geo.py} does: each gold toponym takes the
 * overlapping mention (a LOCATION first, then the largest overlap, then one with a point, then the closest length,
 * then the earliest) and that mention's entity's latitude/longitude. Reported over all toponyms and over two fixed
 * halves of the documents (by the hash of their id), so a change can be checked to help both.
 */
final class GeoTask implements EvalTask {

  private final Path file;
  private final String subset;
  private final List<GeoGold> gold;

  GeoTask(Path file, int limit, String subset) {
    this.file = file;
    this.subset = subset;
    this.gold = GeoGold.read(file, limit, subset);
  }

  @Override
  public Set<Extraction> needs() {
    return Set.of(Extraction.ENTITIES);
  }

  @Override
  public List<Article> articles() {
    return gold.stream().map(g -> EvalTask.goldArticle(g.id(), g.text(), null)).toList();
  }

  /** The mention fields the scorer needs, in code points. */
  record Span(int start, int end, boolean location, String entityId) {
  }

  /** An entity's point and country code. */
  private record Point(double lat, double lon, String countryCode) {
  }

  @Override
  public Report score(Path tables, int errors) {
    Map<String, List<Span>> spans = new HashMap<>();
    try (TableReader r = TableReader.open(tables, Table.MENTIONS)) {
      r.forEachRemaining(m -> {
        if (!Set.of("DATE", "TIME", "DURATION", "SET").contains(m.get("type"))) {
          spans.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(new Span(m.number("start"),
              m.number("end"), m.get("type").equals("LOCATION"), m.get("entity_id")));
        }
      });
    }
    Map<String, Point> points = new HashMap<>();
    try (TableReader r = TableReader.open(tables, Table.ENTITIES)) {
      r.forEachRemaining(e -> point(e).ifPresent(p -> points.put(e.articleId() + "\t" + e.get("entity_id"), p)));
    }
    Map<String, List<GeoScorer.Outcome>> halves = new LinkedHashMap<>();
    List<GeoScorer.Outcome> all = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (GeoGold doc : gold) {
      String half = EvalTask.inFirstHalf(doc.id()) ? "first half" : "second half";
      for (GeoGold.Toponym t : doc.toponyms()) {
        Point p = best(spans.getOrDefault(doc.id(), List.of()), points, doc.id(), t);
        GeoScorer.Outcome o = p == null ? new GeoScorer.Outcome(GeoScorer.MAX_KM, false, !t.countryCode().isEmpty(),
            false) : new GeoScorer.Outcome(GeoScorer.km(t.lat(), t.lon(), p.lat(), p.lon()), true,
            !t.countryCode().isEmpty(), p.countryCode().equalsIgnoreCase(t.countryCode()));
        all.add(o);
        halves.computeIfAbsent(half, k -> new ArrayList<>()).add(o);
        if (o.km() >= 161 && found.size() < errors) {
          found.add(String.format(Locale.ROOT, "%s %d-%d '%s': %s", doc.id(), t.begin(), t.end(), t.text(),
              p == null ? "no point" : String.format(Locale.ROOT, "%.0f km off (%.2f, %.2f)", o.km(), p.lat(), p.lon())));
        }
      }
    }
    Report report = new Report("Dateline geocoding on " + file.getFileName() + " (subset " + subset + ", "
        + gold.size() + " documents)", List.of());
    report = add(report, "", GeoScorer.figures(all));
    for (Map.Entry<String, List<GeoScorer.Outcome>> h : halves.entrySet()) {
      report = add(report, " " + h.getKey(), GeoScorer.figures(h.getValue()));
    }
    return report.withErrors(found);
  }

  private static Report add(Report report, String suffix, GeoScorer.Figures f) {
    String label = suffix.isEmpty() ? "all" : suffix.strip();
    return report.with("acc@161" + suffix, f.acc161(), String.format(Locale.ROOT, "%s: %d toponyms, predicted %.3f, "
            + "acc@161 %.3f, mean %.0f km (predicted), AUC %.3f, country %.3f", label, f.n(), f.predicted(),
            f.acc161(), f.meanKm(), f.auc(), f.country()))
        .with("mean km" + suffix, f.meanKm(), "").with("AUC" + suffix, f.auc(), "")
        .with("predicted" + suffix, f.predicted(), "").with("country" + suffix, f.country(), "");
  }

  private static Point best(List<Span> spans, Map<String, Point> points, String doc, GeoGold.Toponym t) {
    Span best = bestSpan(spans, s -> points.containsKey(doc + "\t" + s.entityId()), t);
    return best == null ? null : points.get(doc + "\t" + best.entityId());
  }

  /**
   * The scorer's mention for a gold toponym: among the overlapping ones a LOCATION first, then the largest overlap,
   * one with a point, the closest length, the earliest; null when none overlaps.
   */
  static Span bestSpan(List<Span> spans, java.util.function.Predicate<Span> placed, GeoGold.Toponym t) {
    Span best = null;
    long[] bestKey = null;
    for (Span s : spans) {
      int overlap = Math.min(s.end(), t.end()) - Math.max(s.start(), t.begin());
      if (overlap <= 0) {
        continue;
      }
      long[] key = {s.location() ? 1 : 0, overlap, placed.test(s) ? 1 : 0,
          -Math.abs((s.end() - s.start()) - (t.end() - t.begin())), -s.start()};
      if (bestKey == null || java.util.Arrays.compare(key, bestKey) > 0) {
        best = s;
        bestKey = key;
      }
    }
    return best;
  }

  private static java.util.Optional<Point> point(TableRow e) {
    if (e.get("latitude").isEmpty() || e.get("longitude").isEmpty()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(new Point(Double.parseDouble(e.get("latitude")),
        Double.parseDouble(e.get("longitude")), e.get("country_code")));
  }
}

package org.dateline.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * Maps of the places the articles mention (corpus_entities.csv) and of where events happened (events.csv's
 * location columns), drawn over Natural Earth's land outline in the equirectangular projection the outline was
 * derived in ({@code scripts/world-map.py}). Each map keeps its {@link #TOP} biggest points, so its size is bounded.
 * Absent when no place has coordinates.
 */
final class MapSection {

  static final int TOP = 300;
  private static final String LAND = land();

  /** A point on the map: what it is, where, and how much of the run it stands for. */
  private record Point(String label, double lat, double lon, long count) {
  }

  private MapSection() {
  }

  static String render(Path dir) {
    PriorityQueue<Point> places = new PriorityQueue<>(Comparator.comparingLong(Point::count));
    try (TableReader r = TableReader.open(dir, Table.CORPUS_ENTITIES)) {
      r.forEachRemaining(e -> {
        if (!e.get("latitude").isEmpty()) {
          keep(places, new Point(e.get("name"), number(e, "latitude"), number(e, "longitude"), e.number("articles")));
        }
      });
    }
    if (places.isEmpty()) {
      return "";
    }
    Map<String, Point> located = new HashMap<>();
    try (TableReader r = TableReader.open(dir, Table.EVENTS)) {
      r.forEachRemaining(ev -> {
        if (!ev.get("location_latitude").isEmpty()) {
          String id = ev.get("location_geonames_id");
          Point p = located.get(id);
          located.put(id, new Point(ev.get("location").isEmpty() ? "(the article's place)" : ev.get("location"), number(ev, "location_latitude"),
              number(ev, "location_longitude"), p == null ? 1 : p.count() + 1));
        }
      });
    }
    PriorityQueue<Point> events = new PriorityQueue<>(Comparator.comparingLong(Point::count));
    located.values().forEach(p -> keep(events, p));
    String b = map("Places mentioned (circle area: articles; the " + TOP + " in most articles)", places, "place");
    return events.isEmpty() ? b : b + map("Where events happened (square area: events; the " + TOP
        + " places with most)", events, "event");
  }

  private static void keep(PriorityQueue<Point> heap, Point p) {
    heap.add(p);
    if (heap.size() > TOP) {
      heap.poll();
    }
  }

  private static double number(TableRow row, String column) {
    return Double.parseDouble(row.get(column));
  }

  private static String map(String title, PriorityQueue<Point> heap, String kind) {
    List<Point> points = new ArrayList<>(heap);
    points.sort(Comparator.comparingLong(Point::count).reversed());  // small marks drawn last stay visible
    StringBuilder b = new StringBuilder("<figure><svg role=\"img\" class=\"map\" viewBox=\"0 0 720 360\" "
        + "width=\"100%\" aria-label=\"" + Html.esc(title) + "\"><title>" + Html.esc(title) + "</title>"
        + "<rect width=\"720\" height=\"360\" class=\"sea\"/><path class=\"land\" d=\"" + LAND + "\"/>");
    for (Point p : points) {
      double x = 2 * (p.lon() + 180);
      double y = 2 * (90 - p.lat());
      double r = 1.5 + Math.sqrt(p.count());
      String mark = kind.equals("place")
          ? String.format(Locale.ROOT, "<circle class=\"place\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\">", x, y, r)
          : String.format(Locale.ROOT, "<rect class=\"event\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">",
              x - r, y - r, 2 * r, 2 * r);
      String end = kind.equals("place") ? "</circle>" : "</rect>";
      b.append(mark).append("<title>").append(Html.esc(p.label())).append(": ").append(p.count())
          .append(kind.equals("place") ? " articles" : " events").append("</title>").append(end);
    }
    return b.append("</svg><figcaption>").append(Html.esc(title)).append(". Outline: Natural Earth (public domain)."
        + "</figcaption></figure>").toString();
  }

  private static String land() {
    try (InputStream in = MapSection.class.getResourceAsStream("world-land.path")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("the report's world outline is missing from the jar; rebuild it", e);
    }
  }
}

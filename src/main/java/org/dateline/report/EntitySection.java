package org.dateline.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.regex.Pattern;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * The most mentioned people, organizations and places, and the most quoted people, from corpus_entities.csv. Each
 * list keeps its top {@link #TOP} in a bounded heap while the table streams by, so memory does not grow with it.
 */
final class EntitySection {

  static final int TOP = 25;
  private static final int ALIASES = 6;
  private static final Comparator<TableRow> BY_ARTICLES = Comparator.comparingInt((TableRow r) -> r.number("articles"))
      .thenComparingInt(r -> r.number("mentions"));
  private static final Comparator<TableRow> BY_QUOTES = Comparator.comparingInt((TableRow r) -> r.number("quotes"))
      .thenComparingInt(r -> r.number("articles"));

  private final Map<String, PriorityQueue<TableRow>> byType = new HashMap<>();
  /** The gender of each listed person, by entity_key: what most of the articles that name them say. */
  private final Map<String, String> genders = new HashMap<>();
  private final PriorityQueue<TableRow> quoted = new PriorityQueue<>(total(BY_QUOTES));

  /**
   * Which of several entities tied at the 25th place is kept must not depend on the order of corpus_entities.csv:
   * the first key wins (the heap drops its smallest, so later keys count as smaller).
   */
  private static Comparator<TableRow> total(Comparator<TableRow> order) {
    return order.thenComparing(r -> r.get("entity_key"), Comparator.reverseOrder());
  }

  static EntitySection read(Path dir) {
    EntitySection s = new EntitySection();
    try (TableReader r = TableReader.open(dir, Table.CORPUS_ENTITIES)) {
      r.forEachRemaining(s::add);
    }
    s.readGenders(dir);
    return s;
  }

  /** A second pass over entities.csv for the listed people only, so memory stays bounded by the lists. */
  private void readGenders(Path dir) {
    Map<String, int[]> votes = new HashMap<>();
    quoted.forEach(r -> votes.put(r.get("entity_key"), new int[2]));
    byType.getOrDefault("PERSON", new PriorityQueue<>()).forEach(r -> votes.put(r.get("entity_key"), new int[2]));
    try (TableReader r = TableReader.open(dir, Table.ENTITIES)) {
      r.forEachRemaining(e -> {
        int[] v = votes.get(e.get("entity_key"));
        if (v != null && !e.get("gender").isEmpty()) {
          v[e.get("gender").equals("female") ? 0 : 1]++;
        }
      });
    }
    votes.forEach((key, v) -> genders.put(key, v[0] > v[1] ? "female" : v[1] > v[0] ? "male" : ""));
  }

  private void add(TableRow row) {
    keep(byType.computeIfAbsent(row.get("type"), t -> new PriorityQueue<>(total(BY_ARTICLES))), row);
    if (row.get("type").equals("PERSON") && row.number("quotes") > 0) {
      keep(quoted, row);
    }
  }

  private static void keep(PriorityQueue<TableRow> heap, TableRow row) {
    heap.add(row);
    if (heap.size() > TOP) {
      heap.poll();
    }
  }

  boolean has(String type) {
    return byType.containsKey(type);
  }

  boolean hasQuoted() {
    return !quoted.isEmpty();
  }

  String top(String type, String caption) {
    return list(byType.get(type), BY_ARTICLES, caption, hasQuoted(), type.equals("PERSON") ? genders : null);
  }

  String quoted() {
    return list(quoted, BY_QUOTES, "Most quoted people (by quotes attributed to them)", true, genders);
  }

  /** A person with fifty aliases would fill the screen; the first few show how the name was grouped. */
  private static String firstAliases(String cell) {
    String[] all = cell.split(Pattern.quote(Table.LIST_SEPARATOR));
    return all.length <= ALIASES ? cell
        : String.join(Table.LIST_SEPARATOR, Arrays.copyOf(all, ALIASES)) + " … (" + all.length + ")";
  }

  /** The list as a table; {@code genders} adds a gender column (people), null leaves it out. */
  private static String list(PriorityQueue<TableRow> heap, Comparator<TableRow> order, String caption,
                             boolean hasQuotes, Map<String, String> genders) {
    List<TableRow> sorted = new ArrayList<>(heap);
    sorted.sort(order.reversed().thenComparing(r -> r.get("name")));
    List<List<String>> rows = new ArrayList<>();
    for (TableRow r : sorted) {
      // A quoted person's name opens the quote browser searching for it.
      String name = r.number("quotes") > 0 && hasQuotes ? Html.link("#q=" + Html.encode(r.get("name")), r.get("name"))
          : Html.esc(r.get("name"));
      List<String> row = new ArrayList<>(List.of(name, Integer.toString(r.number("articles")),
          Integer.toString(r.number("mentions")), Integer.toString(r.number("quotes")),
          Html.esc(firstAliases(r.get("aliases")))));
      if (genders != null) {
        row.add(1, Html.esc(genders.getOrDefault(r.get("entity_key"), "")));
      }
      rows.add(row);
    }
    List<String> headers = new ArrayList<>(List.of("name", "articles", "mentions", "quotes", "also called"));
    if (genders != null) {
      headers.add(1, "gender");
    }
    return Html.table(caption + " — top " + TOP, headers, rows);
  }
}

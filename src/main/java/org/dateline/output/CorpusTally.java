package org.dateline.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.table.Table;
import org.dateline.table.TableCells;

/**
 * One {@code entity_key}'s totals across a run: the corpus_entities.csv row it becomes. Fed its entities.csv rows
 * in article order (aliases keep the order they were first seen in). Shared by the CLI, which counts every key
 * at once, and the Spark job, which counts each key's rows on the executor that holds them.
 */
public final class CorpusTally {

  private final String type;
  private final Map<String, Integer> names = new HashMap<>();
  private final Set<String> aliases = new LinkedHashSet<>();
  private int articles;
  private String lastArticle;
  private int mentions;
  private int quotes;
  /** Each distinct set of geocoded cells to the number of articles that gave it. */
  private final Map<List<String>, Integer> points = new HashMap<>();

  public CorpusTally(String type) {
    this.type = type;
  }

  /** How many quotes each entity of one article speaks, from that article's quotes.csv speaker_entity_id cells. */
  public static Map<String, Integer> quotesBySpeaker(Iterable<String> speakerEntityIds) {
    Map<String, Integer> bySpeaker = new HashMap<>();
    for (String id : speakerEntityIds) {
      if (!id.isEmpty()) {
        bySpeaker.merge(id, 1, Integer::sum);
      }
    }
    return bySpeaker;
  }

  /**
   * One entities.csv row of this key, of article {@code articleId}, with the number of that article's quotes the
   * entity speaks and the row's cells of {@link Table#GEO_COLUMNS} (all empty when the place was not resolved).
   * Rows come in article order; an article with two entities of one resolved key counts once.
   */
  public void add(String articleId, String name, String aliasCell, int entityMentions, int entityQuotes,
                  List<String> geoCells) {
    if (geoCells.size() == Table.GEO_COLUMNS.size() && !geoCells.get(2).isEmpty()) {
      points.merge(List.copyOf(geoCells), 1, Integer::sum);
    }
    names.merge(name, 1, Integer::sum);
    aliases.add(name);
    if (!aliasCell.isEmpty()) {
      aliases.addAll(List.of(aliasCell.split(Pattern.quote(Table.LIST_SEPARATOR))));
    }
    if (!articleId.equals(lastArticle)) {
      articles++;
      lastArticle = articleId;
    }
    mentions += entityMentions;
    quotes += entityQuotes;
  }

  public String type() {
    return type;
  }

  public int articles() {
    return articles;
  }

  public int mentions() {
    return mentions;
  }

  /** The corpus_entities.csv row, in the column order of {@link Table#CORPUS_ENTITIES}. */
  public List<String> row(String key) {
    String name = name();
    List<String> others = new ArrayList<>(aliases);
    others.remove(name);
    List<String> row = TableCells.cells(key, type, name, articles, mentions, quotes,
        String.join(Table.LIST_SEPARATOR, others));
    row.addAll(point());
    return row;
  }

  /** The point most articles resolved the key to; ties go to the first in cell order, so the result is stable. */
  private List<String> point() {
    return points.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<List<String>, Integer> e) -> -e.getValue())
            .thenComparing(e -> String.join("\t", e.getKey())))
        .map(Map.Entry::getKey).orElse(Table.GEO_COLUMNS.stream().map(c -> "").toList());
  }

  /** The name most articles used; ties go to the longer, then the alphabetically first. */
  private String name() {
    return names.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparing(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse("");
  }
}

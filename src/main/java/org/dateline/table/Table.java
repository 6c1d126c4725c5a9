package org.dateline.table;

import java.util.List;

import static org.dateline.table.Column.bool;
import static org.dateline.table.Column.code;
import static org.dateline.table.Column.date;
import static org.dateline.table.Column.decimal;
import static org.dateline.table.Column.integer;
import static org.dateline.table.Column.list;
import static org.dateline.table.Column.text;

/**
 * Every table Dateline writes: its file name and its columns, in order. The one definition of a table's shape:
 * the writers, the Spark job, the readers of {@code eval} and the corpus tally all take it from here.
 */
public enum Table {
  ARTICLES("articles.csv", code("article_id"), text("source"), text("title"), date("published"),
      code("date_source"), code("status"), text("error"), text("warning"), integer("sentences"), integer("tokens"),
      integer("entities"), integer("quotes"), integer("events"), integer("millis")),
  MENTIONS("mentions.csv", code("article_id"), code("mention_id"), code("entity_id"), text("text"), code("type"),
      code("subtype"), code("normalized"), code("mention_kind"), integer("start"), integer("end"),
      integer("sentence"), code("section")),
  ENTITIES("entities.csv", code("article_id"), code("entity_id"), code("entity_key"), code("type"), code("subtype"),
      text("name"), code("normalized"), integer("mentions"), integer("first_start"), list("aliases"),
      list("sections")),
  CORPUS_ENTITIES("corpus_entities.csv", code("entity_key"), code("type"), text("name"), integer("articles"),
      integer("mentions"), integer("quotes"), list("aliases")),
  QUOTES("quotes.csv", code("article_id"), code("quote_id"), code("kind"), text("quote_text"), integer("start"),
      integer("end"), text("speaker"), integer("speaker_start"), integer("speaker_end"), code("speaker_entity_id"),
      text("speaker_name"), code("speaker_type"), code("cue"), integer("cue_start"), integer("cue_end"),
      code("attribution"), integer("sentence"), code("section")),
  EVENTS("events.csv", code("article_id"), code("event_id"), integer("sentence"), text("trigger"),
      code("trigger_lemma"), integer("trigger_start"), integer("trigger_end"), code("cameo_code"),
      code("cameo_root"), code("plover_type"), integer("quad_class"), decimal("goldstein"), text("actor"),
      code("actor_entity_id"), text("actor_name"), code("actor_code"), text("target"), code("target_entity_id"),
      text("target_name"), code("target_code"), text("location"), code("location_entity_id"), code("date"),
      text("date_text"), code("date_source"), bool("negated"), code("modality"), code("quote_id"), text("rule"),
      code("section"), text("evidence"));

  /** Separator of list values inside one cell (aliases, sections). */
  public static final String LIST_SEPARATOR = " | ";

  private final String fileName;
  private final List<Column> columns;

  Table(String fileName, Column... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  public String fileName() {
    return fileName;
  }

  public List<Column> columns() {
    return columns;
  }

  /** The header row. */
  public List<String> columnNames() {
    return columns.stream().map(Column::name).toList();
  }

  /** Position of the column {@code name}; a name the table does not have is a programming error. */
  public int indexOf(String name) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(fileName + " has no column " + name);
  }
}

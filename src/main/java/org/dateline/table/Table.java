package org.dateline.table;

import java.util.List;

import static org.dateline.table.Column.Type.BOOLEAN;
import static org.dateline.table.Column.Type.CODE;
import static org.dateline.table.Column.Type.DATE;
import static org.dateline.table.Column.Type.DECIMAL;
import static org.dateline.table.Column.Type.INTEGER;
import static org.dateline.table.Column.Type.LIST;
import static org.dateline.table.Column.Type.TEXT;

/**
 * Every table Dateline writes: its file name and its columns, in order. The one definition of a table's shape:
 * the writers, the Spark job, the readers of {@code eval} and the corpus tally all take it from here.
 */
public enum Table {
  ARTICLES("articles.csv", c("article_id", CODE), c("source", TEXT), c("title", TEXT), c("published", DATE),
      c("date_source", CODE), c("status", CODE), c("error", TEXT), c("warning", TEXT), c("sentences", INTEGER),
      c("tokens", INTEGER), c("entities", INTEGER), c("quotes", INTEGER), c("events", INTEGER),
      c("millis", INTEGER), c("url", TEXT), c("authors", LIST), c("outlet", TEXT), c("people_female", INTEGER),
      c("people_male", INTEGER), c("people_unknown", INTEGER), c("sources_female", INTEGER),
      c("sources_male", INTEGER), c("sources_unknown", INTEGER)),
  MENTIONS("mentions.csv", c("article_id", CODE), c("mention_id", CODE), c("entity_id", CODE), c("text", TEXT),
      c("type", CODE), c("subtype", CODE), c("normalized", CODE), c("mention_kind", CODE), c("start", INTEGER),
      c("end", INTEGER), c("sentence", INTEGER), c("section", CODE)),
  ENTITIES("entities.csv", c("article_id", CODE), c("entity_id", CODE), c("entity_key", CODE), c("type", CODE),
      c("subtype", CODE), c("name", TEXT), c("normalized", CODE), c("mentions", INTEGER),
      c("first_start", INTEGER), c("aliases", LIST), c("sections", LIST), c("gender", CODE),
      c("gender_source", CODE), c("country_code", CODE), c("admin1", TEXT), c("latitude", DECIMAL),
      c("longitude", DECIMAL), c("geonames_id", CODE), c("feature_code", CODE), c("actor_code", CODE)),
  CORPUS_ENTITIES("corpus_entities.csv", c("entity_key", CODE), c("type", CODE), c("name", TEXT),
      c("articles", INTEGER), c("mentions", INTEGER), c("quotes", INTEGER), c("aliases", LIST),
      c("country_code", CODE), c("admin1", TEXT), c("latitude", DECIMAL), c("longitude", DECIMAL),
      c("geonames_id", CODE), c("feature_code", CODE)),
  QUOTES("quotes.csv", c("article_id", CODE), c("quote_id", CODE), c("kind", CODE), c("quote_text", TEXT),
      c("start", INTEGER), c("end", INTEGER), c("speaker", TEXT), c("speaker_start", INTEGER),
      c("speaker_end", INTEGER), c("speaker_entity_id", CODE), c("speaker_name", TEXT), c("speaker_type", CODE),
      c("cue", CODE), c("cue_start", INTEGER), c("cue_end", INTEGER), c("attribution", CODE),
      c("sentence", INTEGER), c("section", CODE), c("speaker_gender", CODE), c("speaker_key", CODE)),
  EVENTS("events.csv", c("article_id", CODE), c("event_id", CODE), c("sentence", INTEGER), c("trigger", TEXT),
      c("trigger_lemma", CODE), c("trigger_start", INTEGER), c("trigger_end", INTEGER), c("cameo_code", CODE),
      c("cameo_root", CODE), c("plover_type", CODE), c("quad_class", INTEGER), c("goldstein", DECIMAL),
      c("actor", TEXT), c("actor_entity_id", CODE), c("actor_name", TEXT), c("actor_code", CODE),
      c("target", TEXT), c("target_entity_id", CODE), c("target_name", TEXT), c("target_code", CODE),
      c("location", TEXT), c("location_entity_id", CODE), c("date", CODE), c("date_text", TEXT),
      c("date_source", CODE), c("negated", BOOLEAN), c("modality", CODE), c("quote_id", CODE), c("rule", TEXT),
      c("section", CODE), c("evidence", TEXT), c("location_country_code", CODE),
      c("location_latitude", DECIMAL), c("location_longitude", DECIMAL), c("location_geonames_id", CODE),
      c("location_source", CODE), c("actor_country_code", CODE), c("actor_type_code", CODE),
      c("target_country_code", CODE), c("target_type_code", CODE), c("confidence", DECIMAL), c("actor_key", CODE),
      c("target_key", CODE), c("act_id", CODE));

  /** The geocoded columns of entities.csv and corpus_entities.csv, in order. */
  public static final List<String> GEO_COLUMNS = List.of("country_code", "admin1", "latitude", "longitude",
      "geonames_id", "feature_code");

  /** Separator of list values inside one cell (aliases, sections). */
  public static final String LIST_SEPARATOR = " | ";

  private final String fileName;
  private final List<Column> columns;

  private static Column c(String name, Column.Type type) {
    return new Column(name, type);
  }

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

package org.dateline.table;

import java.util.List;

/** File names and header rows of every table Dateline writes. */
public enum Table {
  ARTICLES("articles.csv", "article_id", "source", "title", "published", "date_source", "status", "error",
      "warning", "sentences", "tokens", "entities", "quotes", "events", "millis"),
  MENTIONS("mentions.csv", "article_id", "mention_id", "entity_id", "text", "type", "subtype", "normalized",
      "mention_kind", "start", "end", "sentence", "section"),
  ENTITIES("entities.csv", "article_id", "entity_id", "entity_key", "type", "subtype", "name", "normalized",
      "mentions", "first_start", "aliases", "sections"),
  CORPUS_ENTITIES("corpus_entities.csv", "entity_key", "type", "name", "articles", "mentions", "quotes",
      "aliases"),
  QUOTES("quotes.csv", "article_id", "quote_id", "kind", "quote_text", "start", "end", "speaker", "speaker_start",
      "speaker_end", "speaker_entity_id", "speaker_name", "speaker_type", "cue", "cue_start", "cue_end",
      "attribution", "sentence", "section"),
  EVENTS("events.csv", "article_id", "event_id", "sentence", "trigger", "trigger_lemma", "trigger_start",
      "trigger_end", "cameo_code", "cameo_root", "plover_type", "quad_class", "goldstein", "actor",
      "actor_entity_id", "actor_name", "actor_code", "target", "target_entity_id", "target_name", "target_code",
      "location", "location_entity_id", "date", "date_text", "date_source", "negated", "modality", "quote_id", "rule",
      "section", "evidence");

  /** Separator of list values inside one cell (aliases, sections). */
  public static final String LIST_SEPARATOR = " | ";

  private final String fileName;
  private final List<String> columns;

  Table(String fileName, String... columns) {
    this.fileName = fileName;
    this.columns = List.of(columns);
  }

  public String fileName() {
    return fileName;
  }

  public List<String> columns() {
    return columns;
  }
}

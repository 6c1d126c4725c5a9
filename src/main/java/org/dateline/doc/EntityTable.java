package org.dateline.doc;

import java.util.List;

/** The entity stage's output for one article: mentions in text order and the entities they belong to. */
public record EntityTable(List<Mention> mentions, List<Entity> entities) {

  public EntityTable {
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
  }

  public static EntityTable empty() {
    return new EntityTable(List.of(), List.of());
  }
}

package org.dateline.doc;

import java.util.List;
import java.util.Optional;

/**
 * The entity stage's output for one article: mentions in text order and the entities they belong to. Also the one
 * answer to "which mention, which entity is at this token" for the stages that read the table (quotes, events).
 */
public record EntityTable(List<Mention> mentions, List<Entity> entities, Geocoding geo) {

  public EntityTable {
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
  }

  /** A table not geocoded (yet): the entity stage's own output. */
  public EntityTable(List<Mention> mentions, List<Entity> entities) {
    this(mentions, entities, Geocoding.none());
  }

  /** The same mentions and points with the entities replaced (the gender stage's output). */
  public EntityTable withEntities(List<Entity> replaced) {
    return new EntityTable(mentions, replaced, geo);
  }

  public static EntityTable empty() {
    return new EntityTable(List.of(), List.of());
  }

  /** The same table with the geocoding stage's points. */
  public EntityTable withGeo(Geocoding geocoding) {
    return new EntityTable(mentions, entities, geocoding);
  }

  /** The first mention, in text order, whose span holds the token; empty when the token lies in none. */
  public Optional<Mention> mentionAt(Token t) {
    return mentions.stream().filter(m -> holds(m, t)).findFirst();
  }

  /**
   * The mention that says who or what a token refers to: of the mentions holding it that are not time expressions,
   * a name (the last, if names overlap) rather than a nominal or pronoun; else the first of them.
   */
  public Optional<Mention> referentAt(Token t) {
    Mention best = null;
    for (Mention m : mentions) {
      if (holds(m, t) && !m.isTemporal() && (best == null || m.kind().equals(Mention.NAME))) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The entity of {@link #mentionAt}: empty when the token lies in no mention or its mention has no entity. */
  public Optional<Entity> entityAt(Token t) {
    return mentionAt(t).flatMap(m -> entity(m.entityId()));
  }

  public Optional<Entity> entity(String entityId) {
    return entities.stream().filter(e -> e.entityId().equals(entityId)).findFirst();
  }

  private static boolean holds(Mention m, Token t) {
    return m.start() <= t.start() && t.end() <= m.end();
  }
}

package org.dateline.events;

import org.dateline.doc.Participant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/** Looks up the entity-table mention a token lies in, and the entity it belongs to. */
final class MentionIndex {

  private final List<Mention> mentions;
  private final Map<String, Entity> entities = new HashMap<>();

  MentionIndex(EntityTable table) {
    this.mentions = table.mentions();
    for (Entity e : table.entities()) {
      entities.put(e.entityId(), e);
    }
  }

  Optional<Mention> at(Token t) {
    for (Mention m : mentions) {
      if (m.start() <= t.start() && t.end() <= m.end()) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  boolean isType(Token t, String type) {
    return at(t).map(m -> m.type().equals(type)).orElse(false);
  }

  /** A participant for a head token and its phrase: resolved to an entity when the head lies in a mention. */
  Participant participant(String text, Token head) {
    Optional<Mention> m = at(head);
    if (m.isEmpty() || m.get().entityId().isEmpty() || !entities.containsKey(m.get().entityId())) {
      return new Participant(text, head.index(), "", "");
    }
    Entity e = entities.get(m.get().entityId());
    return new Participant(text, head.index(), e.entityId(), e.name());
  }
}

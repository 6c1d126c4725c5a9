package org.dateline.doc;

import java.util.List;
import java.util.Set;

/**
 * One real-world entity of an article: all its mentions share {@code entityId}. {@code key} is stable across
 * articles (type plus normalized name) so that the same person in two articles can be counted together.
 */
public record Entity(String entityId, String key, String type, String subtype, String name, String normalized,
                     int mentions, int firstStart, List<String> aliases, Set<Section> sections) {

  public Entity {
    aliases = List.copyOf(aliases);
    sections = Set.copyOf(sections);
  }
}

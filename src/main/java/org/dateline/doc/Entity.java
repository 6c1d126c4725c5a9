package org.dateline.doc;

import java.util.List;
import java.util.Set;

/**
 * One real-world entity of an article: all its mentions share {@code entityId}. {@code key} is stable across
 * articles (type plus normalized name) so that the same person in two articles can be counted together.
 * {@code gender} ({@link #FEMALE}, {@link #MALE} or empty) and {@code genderSource} (the evidence: pronoun,
 * honorific, title, name, or empty) are set for people by the gender stage ({@code people.GenderStage});
 * {@code actorCode} (a CAMEO actor code such as {@code UKRGOV}, or empty) by the actor stage
 * ({@code events.EntityActors}), and every event row naming the entity uses it.
 */
public record Entity(String entityId, String key, String type, String subtype, String name, String normalized,
                     int mentions, int firstStart, List<String> aliases, Set<Section> sections, String gender,
                     String genderSource, String actorCode) {

  public static final String FEMALE = "female";
  public static final String MALE = "male";

  public Entity {
    aliases = List.copyOf(aliases);
    sections = Set.copyOf(sections);
    gender = gender == null ? "" : gender;
    genderSource = genderSource == null ? "" : genderSource;
    actorCode = actorCode == null ? "" : actorCode;
  }

  /** An entity without an actor code (yet): the gender stage's output. */
  public Entity(String entityId, String key, String type, String subtype, String name, String normalized,
                int mentions, int firstStart, List<String> aliases, Set<Section> sections, String gender,
                String genderSource) {
    this(entityId, key, type, subtype, name, normalized, mentions, firstStart, aliases, sections, gender,
        genderSource, "");
  }

  /** An entity whose gender is not (yet) known. */
  public Entity(String entityId, String key, String type, String subtype, String name, String normalized,
                int mentions, int firstStart, List<String> aliases, Set<Section> sections) {
    this(entityId, key, type, subtype, name, normalized, mentions, firstStart, aliases, sections, "", "");
  }

  public Entity withGender(String newGender, String source) {
    return new Entity(entityId, key, type, subtype, name, normalized, mentions, firstStart, aliases, sections,
        newGender, source, actorCode);
  }

  public Entity withActorCode(String code) {
    return new Entity(entityId, key, type, subtype, name, normalized, mentions, firstStart, aliases, sections,
        gender, genderSource, code);
  }
}

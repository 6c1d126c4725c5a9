package org.dateline.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.doc.Section;
import org.dateline.identity.KeySense;

/**
 * The entity stage: NLP document in, mentions and entities out. Names and times come from CoreNLP's tagger
 * (repaired and made consistent), nominals and pronouns are linked by {@link TitleLinker} and
 * {@link PronounLinker}; ids are numbered in text order so the same input always gives the same ids.
 */
public final class EntityExtractor {

  private final Places places;
  private final TitleLinker titles;
  private final java.util.function.Predicate<String> wellKnownPlace;

  /** @param demonyms each lower-cased place, adjective or plural ("ukrainian") to its place ("ukraine") */
  public EntityExtractor(Map<String, String> demonyms) {
    this(demonyms, name -> false);
  }

  /**
   * @param demonyms each lower-cased place, adjective or plural ("ukrainian") to its place ("ukraine")
   * @param wellKnownPlace whether a name the tagger missed is a place known well enough to be one ("Kyiv")
   */
  public EntityExtractor(Map<String, String> demonyms, java.util.function.Predicate<String> wellKnownPlace) {
    this.places = new Places(demonyms);
    this.titles = new TitleLinker(places);
    this.wellKnownPlace = wellKnownPlace;
  }

  public EntityTable extract(Doc doc) {
    List<Candidate> names = NameCandidates.collect(doc, wellKnownPlace);
    List<Cluster> clusters = NameGrouping.group(doc, names, places);
    MatchSides.mark(doc, clusters);
    titles.learnTitles(doc, clusters);
    titles.linkNominals(doc, clusters, names);
    PronounLinker.link(doc, clusters);
    return build(doc, clusters);
  }

  private static EntityTable build(Doc doc, List<Cluster> clusters) {
    for (Cluster c : clusters) {
      c.members.sort(Comparator.comparingInt(Candidate::start));
    }
    List<Cluster> ordered = new ArrayList<>(clusters);
    ordered.removeIf(c -> c.members.isEmpty());
    ordered.sort(Comparator.comparingInt(c -> c.members.get(0).start()));
    Map<Candidate, String> entityOf = new HashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (Cluster c : ordered) {
      String id = "e" + (entities.size() + 1);
      c.members.forEach(m -> entityOf.put(m, id));
      entities.add(entity(doc, id, c));
    }
    List<Candidate> all = new ArrayList<>(entityOf.keySet());
    all.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    List<Mention> mentions = new ArrayList<>();
    for (Candidate m : all) {
      mentions.add(new Mention("m" + (mentions.size() + 1), entityOf.get(m), doc.text(m.start(), m.end()),
          m.type(), m.subtype(), m.normalized(), m.kind(), m.start(), m.end(), m.sentence(),
          doc.sentences().get(m.sentence()).section()));
    }
    return new EntityTable(mentions, entities);
  }

  private static Entity entity(Doc doc, String id, Cluster c) {
    Candidate fullest = null;
    Map<String, Integer> subtypes = new HashMap<>();
    Set<String> aliases = new LinkedHashSet<>();
    Set<Section> sections = EnumSet.noneOf(Section.class);
    for (Candidate m : c.members) {
      sections.add(doc.sentences().get(m.sentence()).section());
      if (!m.kind().equals(Mention.PRONOUN)) {
        aliases.add(doc.text(m.start(), m.end()));
      }
      if (m.kind().equals(Mention.NAME)) {
        if (fullest == null || m.end() - m.start() > fullest.end() - fullest.start()) {
          fullest = m;
        }
        if (!m.subtype().isEmpty()) {
          subtypes.merge(m.subtype(), 1, Integer::sum);
        }
      }
    }
    aliases.addAll(c.titledForms);
    Candidate first = c.members.get(0);
    // People and places are called by their fullest name; a time by how the article first puts it.
    boolean temporal = EntityTypes.TEMPORAL.contains(c.type);
    String name = fullest == null || temporal ? doc.text(first.start(), first.end()) : displayName(doc, fullest);
    aliases.remove(name);
    // Most frequent fine tag; ties go to the alphabetically first so the choice is deterministic.
    String subtype = subtypes.entrySet().stream()
        .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey).orElse("");
    String normalized = first.normalized();
    // Entity keys must match across articles: a person by full name, anything else by its grouping key.
    String key = c.type + ":" + (c.type.equals(EntityTypes.PERSON) ? NameGrouping.key(name) : c.nameWords.get(0))
        + (c.team ? KeySense.TEAM : "");
    return new Entity(id, key, c.type, subtype, name, normalized, c.members.size(), first.start(),
        new ArrayList<>(aliases), sections);
  }

  private static String displayName(Doc doc, Candidate m) {
    return doc.text(m.start(), m.end()).replaceAll("[’']s$", "").trim();
  }
}

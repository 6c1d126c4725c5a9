package org.dateline.people;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;

/**
 * The gender stage: gives every person of an article a gender and the evidence for it. The article's own evidence
 * comes first: honorifics and gendered role nouns next to the name ({@link NameContext}), then the personal
 * pronouns that refer to the person ({@link PronounVotes}, which links them knowing what the name already says);
 * the first-name table only speaks when the article does not. Evidence that disagrees gives no gender, never a
 * guess. Thread-safe.
 */
public final class GenderStage {

  public static final String PRONOUN = "pronoun";
  public static final String HONORIFIC = "honorific";
  public static final String TITLE = "title";
  public static final String NAME = "name";

  private static final String PERSON = "PERSON";

  private final GenderLexicon lexicon;

  public GenderStage(GenderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  public EntityTable assign(Doc doc, EntityTable table) {
    Map<String, Evidence> evidence = evidence(doc, table);
    if (evidence.isEmpty()) {
      return table;
    }
    List<Entity> out = new ArrayList<>();
    for (Entity e : table.entities()) {
      Evidence ev = evidence.get(e.entityId());
      if (ev == null) {
        out.add(e);
      } else {
        String[] decided = ev.decide();
        out.add(e.withGender(decided[0], decided[1]));
      }
    }
    return table.withEntities(out);
  }

  /** Each person's evidence by entity id (no entry for other entities). */
  Map<String, Evidence> evidence(Doc doc, EntityTable table) {
    Map<String, Evidence> evidence = new HashMap<>();
    for (Entity e : table.entities()) {
      if (e.type().equals(PERSON)) {
        Evidence ev = new Evidence();
        ev.name = firstNameGender(e.name());
        evidence.put(e.entityId(), ev);
      }
    }
    if (evidence.isEmpty()) {
      return evidence;
    }
    NameContext context = new NameContext(doc, lexicon);
    for (Mention m : table.mentions()) {
      Evidence ev = evidence.get(m.entityId());
      if (ev != null && !m.kind().equals(Mention.PRONOUN)) {
        context.gather(m, ev);
      }
    }
    PronounVotes.count(doc, table, evidence, lexicon);
    return evidence;
  }

  /**
   * The table's gender of the first word of a name of two words or more; a one-word name may be a surname
   * ("Kennedy" is a common girl's name in the US), so it gets none.
   */
  String firstNameGender(String name) {
    String[] words = name.trim().split("\\s+");
    if (words.length < 2) {
      return "";
    }
    String first = words[0];
    String g = lexicon.firstName(first);
    if (g.isEmpty() && first.contains("-")) {
      g = lexicon.firstName(first.substring(0, first.indexOf('-')));
    }
    return g;
  }

}

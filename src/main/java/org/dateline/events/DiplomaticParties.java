package org.dateline.events;

import org.dateline.doc.DepTree;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Participant;

/**
 * Diplomatic relations are between polities: "restored full diplomatic ties with X", "severed diplomatic
 * relations with X" need an X that is a country, organization or government. A name the tagger reads as a person
 * and no actor dictionary codes is no evidence of one, so such a target gives no row (a person may act for a state,
 * so the actor side is not checked). This is PETRARCH's requirement of a coded dyad, kept to the one class of acts
 * whose other party is a polity by definition; a place or organization entity, or any coded phrase, still counts.
 */
final class DiplomaticParties {

  private DiplomaticParties() {
  }

  /** Whether the verb's object is qualified as diplomatic ("diplomatic ties", "diplomatic relations"). */
  static boolean isDiplomaticRelation(DepTree tree, int verb) {
    return verb >= 0 && tree.children(verb).stream().filter(k -> tree.relation(k).equals("obj"))
        .flatMap(k -> tree.children(k).stream())
        .anyMatch(m -> tree.relation(m).equals("amod") && tree.token(m).lemma().equalsIgnoreCase("diplomatic"));
  }

  /** A target that cannot be the other polity of a diplomatic relation: an uncoded person entity. */
  static boolean isNoPolity(Participant target, EntityTable entities) {
    return !target.isEmpty() && target.code().isEmpty() && !target.entityId().isEmpty()
        && entities.entity(target.entityId()).map(e -> e.type().equals("PERSON")).orElse(false);
  }
}

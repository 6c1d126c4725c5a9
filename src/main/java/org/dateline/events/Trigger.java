package org.dateline.events;

/**
 * A word the lexicon types, before participants are attached.
 *
 * @param token  document-wide index of the predicate token (the verb, or the eventive noun)
 * @param verb   the clause's verb, whose dependents hold actor, target, place and date (== token for verbs)
 * @param first  first token of the trigger text ("hold" in "hold talks")
 * @param last   last token of the trigger text
 * @param lemma  the lexicon key that matched ("reject", "take place", "talk")
 * @param code   the CAMEO code
 * @param rule   the lexicon entry or pattern that fired
 * @param reversed the subject undergoes the act: it is the target, the actor is whoever it came from
 */
record Trigger(int token, int verb, int first, int last, String lemma, String code, String rule, boolean reversed) {

  Trigger(int token, int verb, int first, int last, String lemma, String code, String rule) {
    this(token, verb, first, last, lemma, code, rule, false);
  }

  Trigger recoded(String newCode, String why) {
    return new Trigger(token, verb, first, last, lemma, newCode, rule + "; " + why, reversed);
  }

  boolean nominal() {
    return token != verb;
  }
}

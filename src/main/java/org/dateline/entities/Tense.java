package org.dateline.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * The tense of the clause a time expression sits in, from part-of-speech tags alone (the entities pipeline runs no
 * parser): the verb group nearest the expression in its sentence, preferring one before it, stands for the verb
 * that governs it. "Will", "shall", "'ll", "going to" and an infinitive after a present-tense verb ("is expected to
 * meet") speak of the future; a past-tense verb or a perfect ("has said") of the past; a present tense of neither.
 * News resolves a bare "March" or "Friday" by it: a story reports what happened unless it says what will.
 */
enum Tense {
  PAST, PRESENT, FUTURE, NONE;

  /** Modals that put the clause ahead of the story: "will", and the hedged "would", "could", "might", "may". */
  private static final Set<String> FUTURE_MODALS = Set.of("will", "shall", "'ll", "wo", "would", "could", "might",
      "may", "'d");
  /** Verbs of planning: what is planned, scheduled or put off lies ahead, whatever the tense of the plan. */
  private static final Set<String> PLAN_VERBS = Set.of("plan", "schedule", "postpone", "delay", "intend",
      "expect", "prepare", "aim", "reschedule", "defer");
  /** How far from the expression a verb may be and still govern it (in tokens, within the sentence). */
  private static final int REACH = 12;

  /** The tense of the verb group governing the tokens [start, end) of {@code doc}. */
  static Tense of(Doc doc, int sentence, int start, int end) {
    Sentence s = doc.sentences().get(sentence);
    List<Token> tokens = doc.tokens();
    int verb = -1;
    for (int i = start - 1; i >= Math.max(s.firstToken(), start - REACH) && verb < 0; i--) {
      if (isVerb(tokens.get(i)) && !boundary(tokens, i + 1, start)) {
        verb = i;
      }
    }
    for (int i = end; i < Math.min(s.endToken(), end + REACH) && verb < 0; i++) {
      if (isVerb(tokens.get(i))) {
        verb = i;
      }
    }
    return verb < 0 ? NONE : groupTense(tokens, s.firstToken(), verb, verb < start);
  }

  /** The tense of the verb group whose last word (or any word) is at {@code verb}, read from right to left. */
  private static Tense groupTense(List<Token> tokens, int first, int verb, boolean before) {
    int head = verb;
    // Walk to the start of the verb group: auxiliaries, adverbs and "not" before the verb.
    while (head > first && (isVerb(tokens.get(head - 1)) || isAdverb(tokens.get(head - 1)))) {
      head--;
    }
    // A participle with no auxiliary modifies a noun ("a service planned for Saturday", "as previously planned").
    boolean adjectival = tokens.get(verb).pos().equals("VBN")
        && tokens.subList(head, verb).stream().noneMatch(Tense::isVerb);
    for (int i = head; i <= verb && before && !adjectival; i++) {
      if (PLAN_VERBS.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT))) {
        return FUTURE;
      }
    }
    for (int i = head; i <= verb; i++) {
      Token t = tokens.get(i);
      String word = t.word().toLowerCase(Locale.ROOT);
      if (t.pos().equals("MD")) {
        return FUTURE_MODALS.contains(word) ? FUTURE : NONE;
      }
      if (word.equals("going") && i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("to")) {
        return FUTURE;
      }
      if (t.pos().equals("VBD")) {
        return PAST;
      }
      if (t.pos().equals("VBZ") || t.pos().equals("VBP")) {
        boolean perfect = t.lemma().equals("have") && i < verb && tokens.get(verb).pos().equals("VBN");
        return perfect ? PAST : infinitiveFollows(tokens, verb) ? FUTURE : PRESENT;
      }
    }
    if (head > first && tokens.get(head - 1).pos().equals("TO")) {
      return infinitiveTense(tokens, first, head - 1);
    }
    return NONE;
  }

  /**
   * An infinitive takes its time from the verb it depends on: a plan in the present looks ahead ("is expected to
   * meet Friday"), one reported in the past happened ("voted to support the republic Friday").
   */
  private static Tense infinitiveTense(List<Token> tokens, int first, int to) {
    for (int i = to - 1; i >= Math.max(first, to - REACH); i--) {
      if (isVerb(tokens.get(i))) {
        Tense governing = groupTense(tokens, first, i, true);
        return governing == PRESENT ? FUTURE : governing == NONE ? FUTURE : governing;
      }
    }
    return NONE;  // "the first countries to accede on Friday were...": no verb to plan it, no tense to tell
  }

  /** "is expected to meet", "plans to vote": a present verb with an infinitive after it looks ahead. */
  private static boolean infinitiveFollows(List<Token> tokens, int verb) {
    int i = verb + 1;
    return i + 1 < tokens.size() && tokens.get(i).pos().equals("TO") && tokens.get(i + 1).pos().equals("VB");
  }

  private static boolean isVerb(Token t) {
    return t.pos().startsWith("VB") || t.pos().equals("MD");
  }

  private static boolean isAdverb(Token t) {
    return t.pos().startsWith("RB");
  }

  /** A clause boundary between a verb and the expression (";", a conjunction before a new subject...). */
  private static boolean boundary(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      String pos = tokens.get(i).pos();
      if (pos.equals(":") || pos.equals("WDT") || pos.equals("WRB")) {
        return true;
      }
    }
    return false;
  }
}

package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;
import org.dateline.entities.EntityTypes;

/**
 * The grammatical source of a verb cue: its subject, the subject of the verb it shares one with ("..., saying
 * that"), the inverted subject of '"...," said Christie', the agent of a passive; never a word inside quotation
 * marks. {@link Speakers} turns the source into a speaker.
 */
final class Sources {

  /** Relations a participle or second verb hangs by, whose subject is its governor's ("..., saying that"). */
  private static final Set<String> SHARES_SUBJECT = Set.of("conj", "xcomp", "advcl");
  /** Looser attachments the parser gives a non-finite cue (", saying ..."), followed only from one. */
  private static final Set<String> LOOSE = Set.of("dep", "parataxis", "ccomp", "obl");
  /** How the parser files the subject of an inverted "said Christie". */
  private static final Set<String> INVERTED = Set.of("xcomp", "obj", "dep", "iobj", "appos");

  private final Doc doc;
  private final Predicate<Token> quoted;

  /** @param quoted whether a token lies inside quotation marks: a source never does */
  Sources(Doc doc, Predicate<Token> quoted) {
    this.doc = doc;
    this.quoted = quoted;
  }

  /** The source of a verb cue, never a word inside the quote itself. */
  int ofVerb(DepTree tree, int cue) {
    int before = WordOrderSubject.ofParticiple(doc, quoted, cue);
    if (before >= 0) {
      return before;
    }
    int aside = CommaSpeaker.invertedName(doc, tree, quoted, cue, subjectChild(tree, cue));
    aside = aside >= 0 || subjectChild(tree, cue) >= 0 ? aside : CommaSpeaker.nameBefore(doc, quoted, cue);
    if (aside >= 0) {
      return aside;
    }
    int source = subjectOf(tree, cue);
    source = source >= 0 && quoted.test(doc.tokens().get(source)) ? -1 : source;
    source = source >= 0 ? source : mistaggedName(tree, cue);
    source = source >= 0 ? source : WordOrderSubject.nounBefore(doc, quoted, cue);
    source = source >= 0 ? source : SplitSentenceSubject.of(doc, quoted, cue);
    source = source >= 0 ? DatelineSubject.behind(doc, tree, source) : source;
    source = source >= 0 ? ClosedRelative.antecedent(doc, tree, source, cue) : source;
    // Only for a verb of saying: "Monday saw police searching ..." keeps its date, so that it is no statement.
    boolean saying = Cues.VERBS.contains(doc.tokens().get(cue).lemma().toLowerCase(Locale.ROOT));
    return source >= 0 && saying && SpeakerSpan.isDate(doc.tokens().get(source))
        ? DateSubject.nounBeside(doc, quoted, tree, cue, source) : source;
  }

  /**
   * '"...," Devine declared': after a closing quote the tagger sometimes takes an unknown name for an adjective
   * and the parser hangs it on the cue as "dep" or "amod"; a capitalized child right before the cue, right after
   * the quote, is its subject all the same.
   */
  private int mistaggedName(DepTree tree, int cue) {
    int k = cue - 1;
    if (k < 1 || tree.head(k) != cue || quoted.test(doc.tokens().get(k)) || !quoted.test(doc.tokens().get(k - 1))) {
      return -1;
    }
    String word = doc.tokens().get(k).word();
    return Character.isUpperCase(word.codePointAt(0)) && word.chars().allMatch(Character::isLetter) ? k : -1;
  }

  /** The head token of the source of a verb cue, or -1: its subject, else its governor's subject. */
  private int subjectOf(DepTree tree, int cue) {
    int inverted = invertedSubject(tree, cue);
    if (inverted >= 0) {
      return inverted;
    }
    int verb = cue;
    for (int step = 0; step < 3 && verb >= 0; step++) {
      int subject = subjectChild(tree, verb);
      if (subject >= 0) {
        // "he said" is sometimes filed as a passive subject; without a passive auxiliary it is not one.
        boolean passive = tree.relation(subject).equals("nsubj:pass") && hasOwnPassiveAux(tree, verb);
        return passive ? agent(tree, verb) : subject;
      }
      if (step == 0 && AskedParticiple.is(doc, tree, cue)) {
        return agent(tree, cue);
      }
      boolean nonFinite = Set.of("VB", "VBG", "VBN").contains(doc.tokens().get(verb).pos());
      // ", arguing that ..." hung on the object noun: the participle's subject is that clause's subject.
      if (nonFinite && tree.relation(verb).equals("acl") && verb > 0 && doc.tokens().get(verb - 1).word().equals(",")
          && tree.head(verb) >= 0 && tree.head(tree.head(verb)) >= 0) {
        verb = tree.head(tree.head(verb));
        continue;
      }
      // "Trump has vowed to ...", misparsed as a clause on the noun: the noun before it is its subject.
      int head = tree.head(verb);
      if (tree.relation(verb).equals("acl") && head >= 0 && head == verb - 2 && tree.child(verb, "aux") == verb - 1
          && doc.tokens().get(head).pos().startsWith("NN")) {
        return head;
      }
      // "A poll released in August found ...": the cue hangs loose on a verb whose subject is its own.
      boolean loose = LOOSE.contains(tree.relation(verb)) && (nonFinite || tree.relation(verb).equals("dep")
          && head >= 0 && head < verb && subjectChild(tree, head) >= 0 && subjectChild(tree, head) < head);
      if (!SHARES_SUBJECT.contains(tree.relation(verb)) && !loose) {
        return ancestorSubject(tree, cue);
      }
      int reporter = tree.relation(verb).equals("conj") ? SecondStatement.reporter(doc, tree, verb) : -1;
      reporter = reporter < 0 && verb == cue ? SecondStatement.reporterAbove(doc, tree, verb) : reporter;
      verb = reporter >= 0 ? reporter : head;
    }
    return ancestorSubject(tree, cue);
  }

  /**
   * When the parse gives a cue no path to a subject ("Sen. Kirk rescinded his endorsement, saying ...", a cue
   * misfiled as an auxiliary), the nearest clause above it that has a subject before the cue lends it.
   */
  private int ancestorSubject(DepTree tree, int cue) {
    for (int v = tree.head(cue), steps = 0; v >= 0 && steps < 4; v = tree.head(v), steps++) {
      int subject = subjectChild(tree, v);
      if (subject >= 0 && subject < cue && !tree.relation(subject).equals("nsubj:pass")) {
        return subject;
      }
    }
    return -1;
  }

  /**
   * '"...," said Christie': with the subject after the verb the parser often files it as an object or xcomp.
   * A noun right after a finite cue with no subject of its own is the speaker.
   */
  private int invertedSubject(DepTree tree, int cue) {
    String pos = doc.tokens().get(cue).pos();
    boolean finite = Cues.FINITE.contains(pos);
    // "She greeted supporters and told them that ...": a conjoined cue shares its first verb's subject; the noun
    // after it is the one told.
    boolean conjoined = tree.relation(cue).equals("conj") && tree.head(cue) >= 0 && tree.head(cue) < cue;
    if (!finite || conjoined || subjectChild(tree, cue) >= 0) {
      return -1;
    }
    for (int k : tree.children(cue)) {
      Token t = doc.tokens().get(k);
      boolean named = (t.pos().startsWith("NN") || t.pos().equals("PRP")) && !EntityTypes.TEMPORAL.contains(t.ner())
          && !t.ner().equals("DATE") && !t.ner().equals("TIME");
      if (!quoted.test(t) && k > cue && k <= cue + 6 && named && INVERTED.contains(tree.relation(k))) {
        return k;
      }
    }
    return -1;
  }

  /** A passive auxiliary outside quotation marks (the parser lends '"... who he is," Haynes said' the quote's). */
  private boolean hasOwnPassiveAux(DepTree tree, int verb) {
    if (ContractedPerfect.is(doc, tree, verb)) {
      return false;
    }
    for (int k : tree.children(verb)) {
      if (tree.relation(k).equals("aux:pass") && !quoted.test(doc.tokens().get(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verb's subject outside quotation marks (the parser sometimes gives a cue a subject from the quote); of two
   * (a misparse that files a swallowed clause's noun as a second subject), the one nearer the verb.
   */
  private int subjectChild(DepTree tree, int verb) {
    int found = -1;
    for (int k : tree.children(verb)) {
      boolean subject = tree.relation(k).equals("nsubj") || tree.relation(k).startsWith("nsubj:");
      if (subject && !quoted.test(doc.tokens().get(k)) && (found < 0 || Math.abs(k - verb) < Math.abs(found - verb))) {
        found = k;
      }
    }
    return found;
  }

  /** The "by X" of a passive cue ("was told by X"), or -1. */
  private int agent(DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      if (tree.relation(k).equals("obl:agent") || tree.relation(k).equals("obl") && hasCase(tree, k, "by")) {
        return k;
      }
    }
    return -1;
  }

  private boolean hasCase(DepTree tree, int token, String word) {
    for (int k : tree.children(token)) {
      if (tree.relation(k).equals("case") && doc.tokens().get(k).word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }
}

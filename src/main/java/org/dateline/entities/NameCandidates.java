package org.dateline.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.NameSpan;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Turns CoreNLP's entity spans into name and time candidates, and applies "one sense per discourse": a proper
 * noun that the tagger recognised elsewhere in the same article is a mention wherever it occurs, even where the
 * tagger missed it (CoreNLP leaves "Kyiv" untagged inside a quote but tags it two paragraphs later).
 */
final class NameCandidates {

  private NameCandidates() {
  }

  static List<Candidate> collect(Doc doc) {
    return collect(doc, name -> false);
  }

  /** @param wellKnown whether an untagged proper-noun run is a place known well enough to be one ({@link KnownPlaces}) */
  static List<Candidate> collect(Doc doc, java.util.function.Predicate<String> wellKnown) {
    List<Candidate> found = new ArrayList<>();
    for (NameSpan span : doc.spans()) {
      String type = EntityTypes.typeOf(span.tag());
      if (type == null || isPronoun(doc, span)) {
        continue;
      }
      String normalized = EntityTypes.TEMPORAL.contains(type) ? span.normalized() : "";
      found.add(new Candidate(type, EntityTypes.subtypeOf(span.tag()), normalized, Mention.NAME,
          span.tokenStart(), span.tokenEnd(), span.start(), span.end(), span.sentence()));
    }
    found = NameShapes.repair(doc, TimexRepair.repair(doc, found));
    found.addAll(ReligiousBodies.find(doc, found));
    found.addAll(ConjoinedOrganizations.find(doc, found));
    found.addAll(propagate(doc, found));
    found.addAll(KnownPlaces.find(doc, found, wellKnown));
    found.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
    found = Vessels.drop(doc, PlacesInNames.repair(doc, found));
    found = PersonLists.repair(doc, InstitutionLists.repair(doc, found));
    return NameRepair.repair(doc, NameConsistency.repair(doc, found));
  }

  private static boolean isPronoun(Doc doc, NameSpan span) {
    return span.tokenEnd() - span.tokenStart() == 1 && doc.tokens().get(span.tokenStart()).pos().startsWith("PRP");
  }

  /** Untagged proper-noun runs whose words equal a name tagged elsewhere in the article. */
  private static List<Candidate> propagate(Doc doc, List<Candidate> found) {
    Map<String, Candidate> known = new HashMap<>();
    int longest = 0;
    for (Candidate c : found) {
      if (EntityTypes.isName(c.type())) {
        known.putIfAbsent(words(doc, c.tokenStart(), c.tokenEnd()), c);
        longest = Math.max(longest, c.tokenEnd() - c.tokenStart());
      }
    }
    List<Candidate> added = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
          if (!untaggedProperNouns(tokens.subList(i, i + n))) {
            continue;
          }
          Token first = tokens.get(i);
          Token last = tokens.get(i + n - 1);
          Candidate same = known.get(words(doc, first.index(), last.index() + 1));
          if (same != null) {
            added.add(new Candidate(same.type(), same.subtype(), "", Mention.NAME, first.index(),
                last.index() + 1, first.start(), last.end(), s.index()));
            i += n - 1;
            break;
          }
        }
      }
    }
    return added;
  }

  /** Untagged capitalized proper nouns; inside the run a name particle may be lower-case ("Joaquin del Olmo"). */
  private static boolean untaggedProperNouns(List<Token> run) {
    for (int i = 0; i < run.size(); i++) {
      Token t = run.get(i);
      boolean inner = i > 0 && i < run.size() - 1;
      if (!t.ner().equals("O") || !t.pos().startsWith("NNP")
          || !Character.isUpperCase(t.word().charAt(0)) && !(inner && NameShapes.isParticle(t.word()))) {
        return false;
      }
    }
    return true;
  }

  static String words(Doc doc, int tokenStart, int tokenEnd) {
    StringBuilder sb = new StringBuilder();
    for (int i = tokenStart; i < tokenEnd; i++) {
      sb.append(i > tokenStart ? " " : "").append(doc.tokens().get(i).word());
    }
    return sb.toString();
  }
}

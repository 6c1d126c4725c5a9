package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Links nominal mentions ("the Ukrainian president", "the president", "the Ukrainian leader") to the person
 * they refer to. It learns each person's titles and country from how the article introduces them ("Ukraine's
 * President Volodymyr Zelensky", "Russian President Vladimir Putin") and picks, among the people whose title and
 * country fit, the one mentioned most recently. A nominal that fits nobody is not a mention.
 */
final class TitleLinker {

  /** Words that refer to any head of state or government. */
  private static final Set<String> LEADER_WORDS = Set.of("leader", "head of state", "premier");
  private static final Set<String> HEAD_TITLES = Set.of("president", "prime minister", "premier", "chancellor",
      "king", "queen", "emperor", "prince", "monarch", "leader", "dictator", "minister", "governor", "mayor");
  private static final Set<String> PLACE_TAGS = Set.of("COUNTRY", "NATIONALITY", "LOCATION", "STATE_OR_PROVINCE",
      "CITY");

  private final Places places;

  TitleLinker(Places places) {
    this.places = places;
  }

  void learnTitles(Doc doc, List<Cluster> clusters) {
    List<Token> tokens = doc.tokens();
    for (Cluster c : clusters) {
      if (!c.type.equals(EntityTypes.PERSON)) {
        continue;
      }
      for (Candidate m : c.members) {
        int i = m.tokenStart() - 1;
        List<String> title = new ArrayList<>();
        while (i >= 0 && i >= m.tokenStart() - 4 && sameSentence(tokens, i, m.tokenStart())
            && (isTitle(tokens.get(i)) || isCapitalizedModifier(tokens.get(i)))) {
          if (isTitle(tokens.get(i))) {
            title.add(0, tokens.get(i).lemma().toLowerCase(Locale.ROOT));
          }
          i--;
        }
        if (title.isEmpty()) {
          continue;
        }
        int titleStart = i + 1;
        c.titles.add(String.join(" ", title));
        c.titles.add(title.get(title.size() - 1));
        c.titledForms.add(doc.text(tokens.get(titleStart).start(), m.end()));
        String place = placeBefore(doc, i);
        if (place != null) {
          c.places.add(place);
        }
      }
    }
  }

  List<Candidate> linkNominals(Doc doc, List<Cluster> clusters, List<Candidate> names) {
    List<Candidate> linked = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        if (!isTitle(doc.tokens().get(i))) {
          continue;
        }
        int end = i;
        while (end < s.endToken() && isTitle(doc.tokens().get(end))) {
          end++;
        }
        Candidate nominal = nominal(doc, s, i, end, names);
        if (nominal != null) {
          Cluster target = referent(doc, clusters, nominal, i, end);
          if (target != null) {
            target.members.add(nominal);
            linked.add(nominal);
          }
        }
        i = end - 1;
      }
    }
    return linked;
  }

  /** "the [adjectives] TITLE" not followed by a name; null when the title run is not such a nominal. */
  private Candidate nominal(Doc doc, Sentence s, int titleStart, int titleEnd, List<Candidate> names) {
    List<Token> tokens = doc.tokens();
    Token head = tokens.get(titleEnd - 1);
    if (head.pos().endsWith("S") || startsName(names, titleEnd)) {
      return null;
    }
    int i = titleStart - 1;
    while (i >= s.firstToken() && i >= titleStart - 3 && !tokens.get(i).pos().equals("DT")
        && (tokens.get(i).pos().startsWith("JJ") || PLACE_TAGS.contains(tokens.get(i).ner()))) {
      i--;
    }
    if (i < s.firstToken() || !tokens.get(i).word().equalsIgnoreCase("the")) {
      return null;
    }
    Token the = tokens.get(i);
    return new Candidate(EntityTypes.PERSON, "", "", Mention.NOMINAL, i, titleEnd, the.start(), head.end(),
        s.index());
  }

  private Cluster referent(Doc doc, List<Cluster> clusters, Candidate nominal, int titleStart, int titleEnd) {
    List<Token> tokens = doc.tokens();
    StringBuilder words = new StringBuilder();
    for (int i = titleStart; i < titleEnd; i++) {
      words.append(i > titleStart ? " " : "").append(tokens.get(i).lemma().toLowerCase(Locale.ROOT));
    }
    String title = words.toString();
    String place = null;
    for (int i = nominal.tokenStart(); i < titleStart; i++) {
      if (PLACE_TAGS.contains(tokens.get(i).ner())) {
        place = places.key(tokens.get(i).word());
      }
    }
    Cluster best = null;
    int bestStart = -1;
    for (Cluster c : clusters) {
      boolean titleFits = c.titles.contains(title)
          || (LEADER_WORDS.contains(title) && c.titles.stream().anyMatch(HEAD_TITLES::contains));
      boolean placeFits = place == null || c.places.contains(place);
      int last = c.lastStartBefore(nominal.start());
      if (c.type.equals(EntityTypes.PERSON) && titleFits && placeFits && last > bestStart) {
        best = c;
        bestStart = last;
      }
    }
    return best;
  }

  private String placeBefore(Doc doc, int i) {
    List<Token> tokens = doc.tokens();
    if (i >= 0 && tokens.get(i).pos().equals("POS")) {
      i--;
    }
    if (i < 0 || !PLACE_TAGS.contains(tokens.get(i).ner())) {
      return null;
    }
    int end = i + 1;
    String tag = tokens.get(i).ner();
    while (i > 0 && tokens.get(i - 1).ner().equals(tag)) {
      i--;
    }
    return places.key(doc.text(tokens.get(i).start(), tokens.get(end - 1).end()));
  }

  private static boolean startsName(List<Candidate> names, int tokenIndex) {
    for (Candidate c : names) {
      if (c.tokenStart() == tokenIndex) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTitle(Token t) {
    return t.ner().equals("TITLE");
  }

  private static boolean isCapitalizedModifier(Token t) {
    return t.ner().equals("O") && (t.pos().equals("JJ") || t.pos().equals("NNP"))
        && Character.isUpperCase(t.word().charAt(0));
  }

  private static boolean sameSentence(List<Token> tokens, int i, int j) {
    return tokens.get(i).sentence() == tokens.get(j).sentence();
  }
}

package org.dateline.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dateline.doc.Doc;
import org.dateline.doc.Token;

/**
 * Groups name and time candidates into entities. A person's shorter name ("Zelensky", "Martin") joins the
 * entity whose full name contains it, preferring the one mentioned most recently; places, organizations and
 * times group by their normalized text or value.
 */
final class NameGrouping {

  private NameGrouping() {
  }

  static List<Cluster> group(Doc doc, List<Candidate> candidates, Places places) {
    List<Cluster> people = new ArrayList<>();
    List<Candidate> persons = new ArrayList<>();
    Map<String, Cluster> others = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (c.type().equals(EntityTypes.PERSON)) {
        persons.add(c);
      } else {
        // Places group by country key, so "U.S." and "United States of America" are one entity.
        String name = c.type().equals(EntityTypes.LOCATION) ? places.key(key(text(doc, c))) : key(text(doc, c));
        String key = c.normalized().isEmpty() ? name : c.normalized();
        others.computeIfAbsent(c.type() + ":" + key, k -> new Cluster(c.type(), List.of(key))).members.add(c);
      }
    }
    persons.sort(Comparator.comparingInt((Candidate c) -> -nameWords(doc, c).size())
        .thenComparingInt(Candidate::start));
    for (Candidate p : persons) {
      List<String> words = nameWords(doc, p);
      Cluster best = null;
      for (Cluster c : people) {
        if (c.nameContains(words) && (best == null || c.lastStartBefore(p.start()) > best.lastStartBefore(p.start()))) {
          best = c;
        }
      }
      if (best == null) {
        best = new Cluster(EntityTypes.PERSON, words);
        people.add(best);
      }
      best.members.add(p);
    }
    List<Cluster> all = new ArrayList<>(people);
    all.addAll(others.values());
    return all;
  }

  /** Lower-case words of a person's name, without a possessive 's. */
  static List<String> nameWords(Doc doc, Candidate c) {
    List<String> words = new ArrayList<>();
    for (int i = c.tokenStart(); i < c.tokenEnd(); i++) {
      Token t = doc.tokens().get(i);
      if (!t.pos().equals("POS")) {
        words.add(key(t.word()));
      }
    }
    return words;
  }

  static String text(Doc doc, Candidate c) {
    return doc.text(c.start(), c.end());
  }

  /** A comparison key for a name: lower case, accents removed, "the" and possessive dropped, spaces collapsed. */
  static String key(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replaceAll("[’']s$", "").replaceAll("\\s+", " ").trim();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}

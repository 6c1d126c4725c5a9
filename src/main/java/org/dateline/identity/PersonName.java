package org.dateline.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A person's name taken apart for comparison: folded given name, middle names and surname. Titles before the name
 * ("President", "Dame", "Mr") and suffixes after it ("Jr.", post-nominal letters such as "FRS" or "OBE") are left
 * out; surname particles ("van", "de", "al") belong to the surname. A name of one word, or of a surname only
 * ("Zelensky", "de Gaulle"), is bare.
 *
 * @param given   the folded first name; empty for a bare name
 * @param middles folded middle names or initials, in order
 * @param surname the folded surname, particles included
 * @param core    the surname without its particles ("gogh" for "van gogh")
 */
record PersonName(String given, List<String> middles, String surname, String core) {

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir",
      "dame", "lord", "lady", "president", "senator", "sen", "rep", "representative", "gov", "governor", "gen",
      "general", "col", "colonel", "capt", "captain", "lt", "sgt", "rev", "reverend", "father", "pope", "king",
      "queen", "prince", "princess", "judge", "justice", "mayor", "minister", "chancellor", "secretary",
      "ambassador", "premier", "sheikh", "madame", "monsieur", "herr", "frau", "don", "dona");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "esq", "phd", "md", "frs", "obe", "mbe", "cbe",
      "kbe", "qc", "kc", "mp");
  private static final Set<String> PARTICLES = Set.of("van", "von", "de", "da", "di", "del", "della", "du", "le",
      "la", "al", "el", "bin", "ibn", "ben", "ter", "ten", "der", "den", "dos", "das", "do", "st");

  boolean bare() {
    return given.isEmpty();
  }

  /** The parts of a display name, or null when nothing of a name is left. */
  static PersonName of(String displayName) {
    List<String> raw = new ArrayList<>(List.of(displayName.trim().split("\\s+")));
    List<String> words = new ArrayList<>();
    for (String r : raw) {
      String w = NameFold.text(r.replaceAll("[’']s$", ""));
      // Post-nominal letters are written in capitals after the name ("Daniel Bernoulli FRS").
      boolean postNominal = !words.isEmpty() && r.replace(".", "").matches("\\p{Lu}{2,5}");
      if (w.isEmpty() || SUFFIXES.contains(w.replace(" ", "")) || postNominal && words.size() >= 2) {
        continue;
      }
      for (String part : w.split(" ")) {
        words.add(NameFold.word(part));
      }
    }
    while (words.size() > 1 && TITLES.contains(words.get(0))) {
      words.remove(0);
    }
    if (words.isEmpty()) {
      return null;
    }
    int start = words.size() - 1;
    for (int i = 0; i < words.size() - 1; i++) {
      if (PARTICLES.contains(words.get(i))) {
        start = i;
        break;
      }
    }
    String surname = String.join(" ", words.subList(start, words.size()));
    String core = words.get(words.size() - 1);
    if (start == 0) {
      return new PersonName("", List.of(), surname, core);
    }
    return new PersonName(words.get(0), List.copyOf(words.subList(1, start)), surname, core);
  }

  /** The folded full form: equal forms are one spelling of one name. */
  String form() {
    List<String> all = new ArrayList<>();
    if (!bare()) {
      all.add(given);
    }
    all.addAll(middles);
    all.add(surname);
    return String.join(" ", all);
  }

  /**
   * Whether two middle-name lists can name one person: one has none, or they have the same length and each pair
   * is equal or an initial of the other ("John" and "J").
   */
  static boolean compatible(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i);
      String y = b.get(i);
      boolean initial = x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y);
      if (!x.equals(y) && !initial) {
        return false;
      }
    }
    return true;
  }
}

package org.dateline.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.Coding;

/**
 * The CAMEO lexicon of {@code models/events/}: PETRARCH2's verbs and verb patterns, our own additions (which win),
 * eventive nouns and light verbs, and the tables that turn a code into its root, PLOVER type, quad class and
 * Goldstein value. Immutable once loaded; shared by all threads.
 */
public final class Lexicon {

  /** A lemma's code when no pattern decides, and the lexicon entry that gave it. */
  record Entry(String code, String rule) {
  }

  private final Map<String, Entry> verbs = new HashMap<>();
  private final Map<String, List<VerbPattern>> patterns = new HashMap<>();
  private final Map<String, Entry> nouns = new HashMap<>();
  private final Map<String, String> verbKinds = new HashMap<>();
  private final Map<String, String[]> roots = new HashMap<>();
  private final Map<String, String> plover = new HashMap<>();
  private final Set<String> demanding = new HashSet<>();
  private Confidence confidence;
  private WithheldTypes withheld;

  private Lexicon() {
  }

  /** Loads the lexicon from {@code modelsDir} (a copy of models/), or the bundled copy when it is null. */
  public static Lexicon load(String modelsDir) {
    Lexicon lex = new Lexicon();
    Map<String, Set<String>> synsets = new HashMap<>();
    for (String file : List.of("events/synsets.tsv", "events/dateline-synsets.tsv")) {
      for (String[] r : ModelFiles.rows(modelsDir, file, file.contains("dateline"))) {
        String[] words = r[1].trim().toLowerCase(Locale.ROOT).split("[_ ]");
        synsets.computeIfAbsent(key(r[0]), k -> new HashSet<>()).add(words[words.length - 1]);
      }
    }
    // Our own entries are read first: for verbs and nouns the first entry wins, for patterns ours win ties.
    for (String[] r : ModelFiles.rows(modelsDir, "events/dateline-verbs.tsv", true)) {
      lex.verbs.putIfAbsent(r[0].trim(), new Entry(r[1].trim(), "dateline-verbs: " + r[0].trim()));
    }
    for (String[] r : ModelFiles.rows(modelsDir, "events/verbs.tsv", false)) {
      lex.verbs.putIfAbsent(r[0].trim(), new Entry(r[2].trim(), "petrarch2-verbs: " + r[0].trim()));
    }
    for (String[] r : ModelFiles.rows(modelsDir, "events/dateline-patterns.tsv", true)) {
      lex.addPatterns(r[0], VerbPattern.parse("dateline-patterns: " + r[1], r[1], r[2].trim(), false, synsets));
    }
    Set<String> demanding = lex.demanding;
    ModelFiles.rows(modelsDir, "events/demand-verbs.tsv", true).forEach(r -> demanding.add(r[0].trim()));
    for (String[] r : ModelFiles.rows(modelsDir, "events/verb_patterns.tsv", false)) {
      String code = r[4].trim().isEmpty() ? VerbPattern.NO_EVENT : r[4].trim();
      String passive = r.length > 5 ? r[5].trim() : "";
      // A pattern with only a passive code ("receive * LOAN" :071) codes what the subject underwent.
      boolean reversed = code.equals(VerbPattern.NO_EVENT) && !passive.isEmpty();
      VerbPattern p = VerbPattern.parse("petrarch2 " + r[0] + ": " + r[2] + (reversed ? " (passive)" : ""),
          r[2], reversed ? passive : code, reversed, synsets);
      for (String lemma : r[1].split(",")) {
        lex.addPatterns(lemma, demanding.contains(lemma.trim()) ? asDemand(p) : p);
      }
    }
    for (String[] r : ModelFiles.rows(modelsDir, "events/nouns.tsv", false)) {
      lex.nouns.putIfAbsent(r[0].trim(), new Entry(r[1].trim(), "nouns: " + r[0].trim()));
    }
    for (String[] r : ModelFiles.rows(modelsDir, "events/light-verbs.tsv", false)) {
      lex.verbKinds.put(r[0].trim(), r[1].trim());
    }
    for (String[] r : ModelFiles.rows(modelsDir, "events/roots.tsv", false)) {
      lex.roots.put(r[0].trim(), r);
    }
    for (String[] r : ModelFiles.rows(modelsDir, "events/cameo-plover.tsv", false)) {
      lex.plover.put(r[0].trim(), r[1].trim());
    }
    lex.confidence = Confidence.load(modelsDir);
    lex.withheld = WithheldTypes.load(modelsDir);
    return lex;
  }

  private static String key(String synset) {
    return synset.trim().toLowerCase(Locale.ROOT).replaceFirst("^&", "");
  }

  /** An appeal pattern (02XY) of a verb that demands is CAMEO's parallel demand (10XY); other codes stay. */
  private static VerbPattern asDemand(VerbPattern p) {
    if (!p.code().startsWith("02") || p.reversed()) {
      return p;
    }
    return new VerbPattern(p.rule() + " (demand)", p.before(), p.after(), "10" + p.code().substring(2), false,
        p.objectWords());
  }

  private void addPatterns(String lemmas, VerbPattern p) {
    for (String lemma : lemmas.split(",")) {
      patterns.computeIfAbsent(lemma.trim(), k -> new ArrayList<>()).add(p);
    }
  }

  Optional<Entry> verb(String lemma) {
    return Optional.ofNullable(verbs.get(lemma));
  }

  List<VerbPattern> patterns(String lemma) {
    return patterns.getOrDefault(lemma, List.of());
  }

  /** A verb that demands rather than appeals ({@code models/events/demand-verbs.tsv}). */
  boolean isDemanding(String lemma) {
    return demanding.contains(lemma);
  }

  boolean knowsVerb(String lemma) {
    return verbs.containsKey(lemma) || patterns.containsKey(lemma);
  }

  /** The code of an eventive noun ("talks", "strike"); empty for other nouns. */
  Optional<Entry> noun(String lemma) {
    return Optional.ofNullable(nouns.get(lemma)).filter(e -> !e.code().equals(VerbPattern.NO_EVENT));
  }

  /** Nouns listed with code --- name a thing said or proposed ("proposal", "claim"), never a participant. */
  boolean isAbstract(String lemma) {
    Entry e = nouns.get(lemma);
    return e != null && e.code().equals(VerbPattern.NO_EVENT);
  }

  /** "light" (hold talks, launch an attack), "occurrence" (talks took place) or empty. */
  String verbKind(String lemma) {
    return verbKinds.getOrDefault(lemma, "");
  }

  /** The measured precision of the lexicon's kinds of rule ({@code models/events/confidence.tsv}). */
  public Confidence confidence() {
    return confidence;
  }

  /** The types not coded at all ({@code models/events/withheld-types.tsv}). */
  public WithheldTypes withheld() {
    return withheld;
  }

  /** The full coding of a CAMEO code; empty for codes whose root is unknown. */
  public Optional<Coding> coding(String code) {
    if (code.length() < 2 || !roots.containsKey(code.substring(0, 2))) {
      return Optional.empty();
    }
    String[] root = roots.get(code.substring(0, 2));
    String type = "";
    for (int n = code.length(); n >= 2 && type.isEmpty(); n--) {
      type = plover.getOrDefault(code.substring(0, n), "");
    }
    return Optional.of(new Coding(code, root[0].trim(), type, Integer.parseInt(root[2].trim()),
        Double.parseDouble(root[4].trim())));
  }
}

package org.dateline.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The phrases of CoreNLP's fine-grained NER gazetteers (TITLE, NATIONALITY, COUNTRY, STATE_OR_PROVINCE, RELIGION,
 * ...), read from the CoreNLP models jar and indexed by first word, so that {@link FineGrainedAnnotator} can apply
 * them by plain lookup. Left out: the few entries that are real regular expressions (e-mail addresses, URLs, handles),
 * which no table uses.
 */
final class FineGrainedGazetteer {

  static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";
  private static final Pattern REGEX = Pattern.compile("[\\[\\](){}*+?|^$]");

  /** One phrase: its words, the label it gives, the labels it may replace, its priority against other matches. */
  record Entry(String[] words, String label, Set<String> overwrites, double priority, boolean caseless) {
  }

  /** Both gazetteers, read once per JVM (on first use, under the class loader's lock). */
  static final class Holder {
    static final FineGrainedGazetteer INSTANCE = new FineGrainedGazetteer();
  }

  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
  private final Set<String> labels = new HashSet<>();

  private FineGrainedGazetteer() {
    read(CASELESS, true);
    read(CASED, false);
    byFirstWord.values().forEach(list -> list.sort((a, b) -> b.words().length - a.words().length));
  }

  /** Every label an entry gives. */
  Set<String> labels() {
    return labels;
  }

  /** The entries whose first word is {@code word} (exactly, or in lower case for caseless ones), longest first. */
  List<Entry> startingWith(String word) {
    List<Entry> exact = byFirstWord.getOrDefault(word, List.of());
    String lower = word.toLowerCase(Locale.ROOT);
    List<Entry> folded = lower.equals(word) ? List.of() : byFirstWord.getOrDefault(lower, List.of());
    if (folded.isEmpty()) {
      return exact;
    }
    List<Entry> all = new ArrayList<>(exact);
    folded.stream().filter(Entry::caseless).forEach(all::add);
    all.sort((a, b) -> b.words().length - a.words().length);
    return all;
  }

  private void read(String resource, boolean caseless) {
    InputStream in = FineGrainedGazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is not on the classpath: the CoreNLP models jar "
          + "(edu.stanford.nlp:stanford-corenlp:4.5.10:models) is missing; put it next to dateline.jar in lib/");
    }
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String[] f = line.split("\t");
        if (f.length < 2 || REGEX.matcher(f[0]).find()) {
          continue;
        }
        String[] words = f[0].replace("\\", "").trim().split(" +");
        if (caseless) {
          for (int i = 0; i < words.length; i++) {
            words[i] = words[i].toLowerCase(Locale.ROOT);
          }
        }
        Set<String> overwrites = f.length > 2 && !f[2].isBlank() ? Set.of(f[2].split(",")) : Set.of();
        double priority = f.length > 3 && !f[3].isBlank() ? Double.parseDouble(f[3]) : 0;
        labels.add(f[1]);
        byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>())
            .add(new Entry(words, f[1], overwrites, priority, caseless));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + " from the CoreNLP models jar", e);
    }
  }
}

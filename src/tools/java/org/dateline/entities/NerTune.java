package org.dateline.entities;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.corenlp.Demonyms;
import org.dateline.devtools.NlpCacheDump;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.eval.GoldDocument;
import org.dateline.eval.GoldReader;
import org.dateline.eval.NerScorer;
import org.dateline.eval.Score;
import org.dateline.eval.Span;
import org.dateline.eval.SpanError;
import org.dateline.geo.Gazetteer;

/**
 * Developer tool (not shipped): scores the entity stage's names on NlpDocs cached by {@link NlpCacheDump}, so a
 * change of the name rules is measured in seconds instead of re-running CoreNLP. Args: gold cache [errors-file].
 * Prints PER/LOC/ORG/micro on the whole set and on the two fixed halves of {@code EvalTask.inFirstHalf}; the
 * figures equal {@code eval ner}'s, which scores the same mentions (kind "name") read back from mentions.csv.
 */
public final class NerTune {

  private NerTune() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Map<String, GoldDocument> gold = new HashMap<>();
    try (Stream<GoldDocument> docs = GoldReader.stream(Path.of(args[0]))) {
      docs.forEach(d -> gold.put(d.id(), d));
    }
    Gazetteer gazetteer = Gazetteer.shared(null);
    EntityExtractor entities = new EntityExtractor(Demonyms.load(), gazetteer::wellKnown);
    NerScorer whole = new NerScorer();
    NerScorer[] halves = {new NerScorer(), new NerScorer()};
    List<String> errors = new ArrayList<>();
    long extractNanos = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        Doc doc = json.readValue(line, NlpCacheDump.Cached.class).doc();
        String text = doc.article().text();
        List<Span> predicted = new ArrayList<>();
        long t0 = System.nanoTime();
        List<Mention> mentions = entities.extract(doc).mentions();
        extractNanos += System.nanoTime() - t0;
        for (Mention m : mentions) {
          if (m.kind().equals(Mention.NAME) && EntityTypes.isName(m.type())) {
            predicted.add(new Span(cp(text, m.start()), cp(text, m.end()), m.type()));
          }
        }
        GoldDocument g = gold.get(doc.article().id());
        whole.add(g, predicted);
        NerScorer half = halves[inFirstHalf(g.id()) ? 0 : 1];
        half.add(g, predicted);
        NerScorer one = new NerScorer();
        one.add(g, predicted);
        one.errors(Integer.MAX_VALUE).forEach(e -> errors.add((inFirstHalf(g.id()) ? "A\t" : "B\t") + e));
      }
    }
    for (String type : List.of("PER", "LOC", "ORG", "micro")) {
      System.out.println(String.format(Locale.ROOT, "%-6s %s   A %s   B %s", type, row(whole, type),
          row(halves[0], type), row(halves[1], type)));
    }
    System.out.println(String.format(Locale.ROOT, "entity stage: %.0f ms (one pass, JIT cold)", extractNanos / 1e6));
    if (args.length > 2) {
      Files.write(Path.of(args[2]), errors);
    }
  }

  private static String row(NerScorer s, String type) {
    Score x = type.equals("micro") ? s.micro() : s.score(type);
    return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (%d/%d/%d)", x.precision(), x.recall(), x.f1(),
        x.tp(), x.fp(), x.fn());
  }

  /** The fixed split of {@code EvalTask.inFirstHalf} (package-private there): Java's String hash. */
  private static boolean inFirstHalf(String id) {
    return Math.floorMod(id.hashCode(), 2) == 0;
  }

  private static int cp(String text, int offset) {
    return text.codePointCount(0, offset);
  }
}

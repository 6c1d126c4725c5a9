package org.dateline.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.config.Extraction;
import org.dateline.config.Options;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Article;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Page;
import org.dateline.entities.EntityExtractor;
import org.dateline.page.PageSegmenter;

/**
 * Developer tool (not shipped): tunes the time-expression rules without re-running CoreNLP.
 * {@code dump GOLD CACHE} annotates the gold documents once (as {@code eval timex} does: the DCT is the
 * publication date, entities only) and stores the Docs as JSON; {@code score GOLD CACHE [ERRORS-FILE]} runs the
 * entity stage on the cached Docs and prints TempEval-3 figures on the whole set and on both fixed halves
 * ({@link EvalTask#inFirstHalf}), writing every error to ERRORS-FILE.
 */
public final class TimexTune {

  private TimexTune() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<GoldDocument> gold;
    try (Stream<GoldDocument> docs = GoldReader.stream(Path.of(args[1]))) {
      gold = docs.toList();
    }
    Path cache = Path.of(args[2]);
    if (args[0].equals("dump")) {
      CoreNlpAnnotator nlp = CoreNlpAnnotator.shared(Options.DEFAULTS.withTables(Set.of(Extraction.ENTITIES)));
      PageSegmenter segmenter = new PageSegmenter();
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(cache, StandardCharsets.UTF_8))) {
        for (Article a : new NameTask(false, Path.of(args[1]), 0).articles()) {
          Page page = segmenter.segment(a);
          out.println(json.writeValueAsString(nlp.annotate(a.withTitle(page.title()), page.segments())));
          out.flush();
        }
      }
      return;
    }
    Map<String, List<Span>> predicted = new HashMap<>();
    EntityExtractor entities = new EntityExtractor(Demonyms.load());
    try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        Doc doc = json.readValue(line, Doc.class);
        String text = doc.article().text();
        List<Span> spans = new ArrayList<>();
        for (Mention m : entities.extract(doc).mentions()) {
          if (TimexScorer.ALL_TYPES.contains(m.type())) {
            spans.add(new Span(text.codePointCount(0, m.start()), text.codePointCount(0, m.end()), m.type(),
                m.normalized()));
          }
        }
        predicted.put(doc.article().id(), spans);
      }
    }
    TimexScorer whole = new TimexScorer();
    TimexScorer first = new TimexScorer();
    TimexScorer second = new TimexScorer();
    for (GoldDocument d : gold) {
      List<Span> p = predicted.getOrDefault(d.id(), List.of());
      whole.add(d, p);
      (EvalTask.inFirstHalf(d.id()) ? first : second).add(d, p);
    }
    System.out.println("whole  " + line(whole));
    System.out.println("half 1 " + line(first));
    System.out.println("half 2 " + line(second));
    if (args.length > 3) {
      Files.write(Path.of(args[3]), whole.errors(Integer.MAX_VALUE).stream().map(SpanError::toString).toList());
    }
  }

  private static String line(TimexScorer s) {
    TimexScore t = s.score();
    return String.format(java.util.Locale.ROOT, "relaxed F1 %.3f value P %.3f R %.3f F1 %.4f (tp %d fp %d fn %d)",
        t.relaxed().f1(), t.value().precision(), t.value().recall(), t.value().f1(), t.value().tp(), t.value().fp(),
        t.value().fn());
  }
}

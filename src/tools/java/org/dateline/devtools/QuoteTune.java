package org.dateline.devtools;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.dateline.eval.QuoteGold;
import org.dateline.eval.QuoteScorer;
import org.dateline.eval.QuoteSpan;
import org.dateline.eval.Score;
import org.dateline.quotes.QuoteExtractor;

/**
 * Developer tool (not shipped): scores the quote stage on cached NlpDocs; args: gold cache [errors-file]. Prints
 * the whole set, then each fixed half (the rule of {@code EvalTask.inFirstHalf}), so that a rule is kept only when
 * it helps both halves.
 */
public final class QuoteTune {

  private QuoteTune() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Map<String, QuoteGold.Doc> gold = new HashMap<>();
    QuoteGold.read(Path.of(args[0]), 0).forEach(d -> gold.put(d.id(), d));
    QuoteScorer direct = new QuoteScorer("direct", Set.of("direct"));
    QuoteScorer all = new QuoteScorer("all", Set.of());
    QuoteScorer[][] halves = {
        {new QuoteScorer("direct", Set.of("direct")), new QuoteScorer("all", Set.of())},
        {new QuoteScorer("direct", Set.of("direct")), new QuoteScorer("all", Set.of())}};
    EntityExtractor entities = new EntityExtractor(Demonyms.load());
    QuoteExtractor quotes = new QuoteExtractor();
    StringBuilder dump = new StringBuilder();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        Doc doc = json.readValue(line, NlpCacheDump.Cached.class).doc();
        EntityTable table = entities.extract(doc);
        List<Quote> rows = quotes.extract(doc, table);
        String text = doc.article().text();
        List<QuoteSpan> pred = new ArrayList<>();
        for (Quote q : rows) {
          Quote.Speaker s = q.speaker();
          pred.add(new QuoteSpan(cp(text, q.start()), cp(text, q.end()), q.kind(),
              s.name().isEmpty() ? s.text() : s.name(), s.start() < 0 ? -1 : cp(text, s.start()),
              s.start() < 0 ? -1 : cp(text, s.end())));
          dump.append(doc.article().id()).append('\t').append(cp(text, q.start())).append('\t')
              .append(cp(text, q.end())).append('\t').append(q.kind()).append('\t').append(s.text()).append('\t')
              .append(s.name()).append('\t').append(q.cue().lemma()).append('\t').append(q.attribution())
              .append('\t').append(text.substring(q.start(), q.end()).replace('\n', ' ')).append('\t')
              .append(s.start() < 0 ? -1 : cp(text, s.start())).append('\t').append(s.start() < 0 ? -1 : cp(text, s.end()))
              .append('\t').append(q.cue().start() < 0 ? -1 : cp(text, q.cue().start()))
              .append('\t').append(q.cue().start() < 0 ? -1 : cp(text, q.cue().end())).append('\n');
        }
        QuoteGold.Doc g = gold.getOrDefault(doc.article().id(), new QuoteGold.Doc("", "", "", List.of()));
        direct.add(g.spans(), pred);
        all.add(g.spans(), pred);
        QuoteScorer[] half = halves[inFirstHalf(doc.article().id()) ? 0 : 1];
        half[0].add(g.spans(), pred);
        half[1].add(g.spans(), pred);
      }
    }
    System.out.println(direct.report());
    System.out.println(all.report());
    System.out.println(summary("whole set", direct, all));
    System.out.println(summary("half 1 (EvalTask.inFirstHalf)", halves[0][0], halves[0][1]));
    System.out.println(summary("half 2", halves[1][0], halves[1][1]));
    if (args.length > 2) {
      Files.writeString(Path.of(args[2]), dump);
    }
  }

  /** The four figures the quotes targets name, on one line. */
  private static String summary(String label, QuoteScorer direct, QuoteScorer all) {
    Score a = all.quotes();
    return String.format(java.util.Locale.ROOT,
        "%-30s all F1 %.4f (P %.3f R %.3f, tp %d fp %d fn %d)  end-to-end F1 %.4f (tp %d)  direct F1 %.3f  "
            + "direct speaker %.3f  all speaker %.3f", label, a.f1(), a.precision(), a.recall(), a.tp(), a.fp(),
        a.fn(), all.endToEnd().f1(), all.endToEnd().tp(), direct.quotes().f1(), direct.speakerAccuracy(), all.speakerAccuracy());
  }

  /** The same fixed split as {@code EvalTask.inFirstHalf} (package-private there): Java's String hash. */
  private static boolean inFirstHalf(String id) {
    return Math.floorMod(id.hashCode(), 2) == 0;
  }

  private static int cp(String text, int offset) {
    return text.codePointCount(0, offset);
  }
}

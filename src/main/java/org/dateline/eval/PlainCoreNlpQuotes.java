package org.dateline.eval;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The quote baseline: CoreNLP 4.5.10's own {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with
 * statistical coreference (the configuration its quote attribution needs), every quote taken as a direct
 * quote with its canonical speaker (or its speaker when there is no canonical one).
 */
final class PlainCoreNlpQuotes {

  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;
  private long tokens;

  PlainCoreNlpQuotes() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    p.setProperty("coref.algorithm", "statistical");
    pipeline = new StanfordCoreNLP(p);
  }

  List<QuoteSpan> quotes(QuoteGold.Doc doc) {
    CoreDocument d = new CoreDocument(doc.text());
    pipeline.annotate(d);
    tokens += d.tokens().size();
    String text = doc.text();
    List<QuoteSpan> out = new ArrayList<>();
    for (CoreQuote q : d.quotes()) {
      Pair<Integer, Integer> at = q.quoteCharOffsets();
      Optional<Pair<Integer, Integer>> sp = q.speakerCharOffsets();
      String name = q.canonicalSpeaker().or(q::speaker).orElse("");
      out.add(new QuoteSpan(cp(text, at.first()), cp(text, at.second()), "direct", name,
          sp.map(s -> cp(text, s.first())).orElse(-1), sp.map(s -> cp(text, s.second())).orElse(-1)));
    }
    return out;
  }

  long tokens() {
    return tokens;
  }

  private static int cp(String text, int charOffset) {
    return text.codePointCount(0, Math.min(charOffset, text.length()));
  }
}

package org.dateline.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;

/**
 * The quote baseline: CoreNLP 4.5.10's own {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote} with
 * statistical coreference (the configuration its quote attribution needs), every quote taken as a direct
 * quote with its canonical speaker (or its speaker when there is no canonical one).
 */
public final class PlainCoreNlpQuotes {

  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;
  private long tokens;

  public PlainCoreNlpQuotes() {
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    p.setProperty("coref.algorithm", "statistical");
    pipeline = new StanfordCoreNLP(p);
  }

  /**
   * CoreNLP's quotes of {@code text}, Java char offsets; the speaker's text is its canonical name. Not thread-safe:
   * it counts the tokens it has seen.
   */
  public List<Quote> quotes(String text) {
    CoreDocument d = new CoreDocument(text);
    pipeline.annotate(d);
    tokens += d.tokens().size();
    List<Quote> out = new ArrayList<>();
    for (CoreQuote q : d.quotes()) {
      Pair<Integer, Integer> at = q.quoteCharOffsets();
      Optional<Pair<Integer, Integer>> sp = q.speakerCharOffsets();
      String name = q.canonicalSpeaker().or(q::speaker).orElse("");
      Quote.Speaker speaker = new Quote.Speaker(name, sp.map(Pair::first).orElse(-1),
          sp.map(Pair::second).orElse(-1), "", name, "");
      out.add(new Quote("", Quote.DIRECT, at.first(), at.second(), speaker, Quote.Cue.NONE, "", 0, Section.BODY));
    }
    return out;
  }

  /** Tokens annotated so far. */
  public long tokens() {
    return tokens;
  }
}

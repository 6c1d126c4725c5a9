package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.dateline.doc.NameSpan;

/**
 * The baseline every figure is compared with: CoreNLP 4.5.10's own {@code tokenize,ssplit,pos,lemma,ner} with
 * default NER settings, its entity mentions taken as they come (pronoun mentions dropped, as the gold READMEs do).
 */
public final class PlainCoreNlp {

  private final StanfordCoreNLP pipeline;

  /** @param goldTokens read the text as the gold's own tokens and lines (whitespace tokens, one sentence a line) */
  public PlainCoreNlp(boolean goldTokens) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    if (goldTokens) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
    }
    pipeline = new StanfordCoreNLP(p);
  }

  /**
   * CoreNLP's entity mentions of {@code text} (Java char offsets); {@code date} (ISO, or empty) anchors relative
   * dates. Token and sentence indices are not filled (-1): the scorers compare offsets only.
   */
  public List<NameSpan> names(String text, String date) {
    Annotation ann = new Annotation(text);
    if (!date.isEmpty()) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    pipeline.annotate(ann);
    List<NameSpan> spans = new ArrayList<>();
    for (CoreMap m : ann.get(CoreAnnotations.MentionsAnnotation.class)) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      String words = m.get(CoreAnnotations.TextAnnotation.class);
      if (tag.equals("PERSON") && words.matches("(?i)he|him|his|she|her|hers")) {
        continue;
      }
      spans.add(new NameSpan(words, tag, m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
          m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class), -1, -1, -1));
    }
    return spans;
  }
}

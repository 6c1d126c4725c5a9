package org.dateline.eval;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The baseline every figure is compared with: CoreNLP 4.5.10's own {@code tokenize,ssplit,pos,lemma,ner} with
 * default NER settings, its entity mentions taken as they come (pronoun mentions dropped, as the gold READMEs do).
 */
final class PlainCoreNlp {

  private final StanfordCoreNLP pipeline;

  /** @param goldTokens read the text as the gold's own tokens and lines (whitespace tokens, one sentence a line) */
  PlainCoreNlp(boolean goldTokens) {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    if (goldTokens) {
      p.setProperty("tokenize.whitespace", "true");
      p.setProperty("ssplit.eolonly", "true");
    }
    pipeline = new StanfordCoreNLP(p);
  }

  List<Span> spans(GoldDocument doc) {
    Annotation ann = new Annotation(doc.text());
    if (!doc.dct().isEmpty()) {
      ann.set(CoreAnnotations.DocDateAnnotation.class, doc.dct());
    }
    pipeline.annotate(ann);
    List<Span> spans = new ArrayList<>();
    for (CoreMap m : ann.get(CoreAnnotations.MentionsAnnotation.class)) {
      String tag = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      String text = m.get(CoreAnnotations.TextAnnotation.class);
      if (tag.equals("PERSON") && text.matches("(?i)he|him|his|she|her|hers")) {
        continue;
      }
      String value = m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
      spans.add(new Span(doc.codePointOffset(m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
          doc.codePointOffset(m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)), tag, value));
    }
    return spans;
  }
}

package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Runs right after {@code ssplit}: cuts every sentence longer than {@code cutsplit.maxTokens} into pieces
 * ({@link SentenceCuts}), so that every later per-sentence annotator sees bounded input. A piece is a sentence
 * like any other: the same keys, offsets and token indexes {@code ssplit} sets. How many sentences were cut is
 * left on the document under {@link CutSentences} for the article's warning.
 */
public final class SentenceCutAnnotator implements Annotator {

  /** The number of sentences that were cut (absent when none). */
  public static final class CutSentences implements CoreAnnotation<Integer> {
    @Override
    public Class<Integer> getType() {
      return Integer.class;
    }
  }

  private final int maxTokens;

  /** The signature CoreNLP's {@code customAnnotatorClass} needs. */
  public SentenceCutAnnotator(String name, Properties props) {
    this.maxTokens = Integer.parseInt(props.getProperty(name + ".maxTokens"));
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.stream().allMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() <= maxTokens)) {
      return;
    }
    String text = annotation.get(CoreAnnotations.TextAnnotation.class);
    List<CoreMap> out = new ArrayList<>();
    int cut = 0;
    int tokenOffset = 0;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      List<Integer> pieces = SentenceCuts.pieces(tokens.stream().map(CoreLabel::word).toList(), maxTokens);
      if (pieces.size() == 1 && out.size() == s.get(CoreAnnotations.SentenceIndexAnnotation.class)) {
        out.add(s);
        tokenOffset += tokens.size();
        continue;
      }
      cut += pieces.size() > 1 ? 1 : 0;
      int from = 0;
      for (int length : pieces) {
        out.add(sentence(text, tokens.subList(from, from + length), tokenOffset, out.size()));
        from += length;
        tokenOffset += length;
      }
    }
    annotation.set(CoreAnnotations.SentencesAnnotation.class, out);
    annotation.set(CutSentences.class, cut);
  }

  /** A sentence as {@code WordsToSentencesAnnotator} builds it. */
  private static CoreMap sentence(String text, List<CoreLabel> tokens, int tokenOffset, int index) {
    int begin = tokens.get(0).beginPosition();
    int end = tokens.get(tokens.size() - 1).endPosition();
    Annotation sentence = new Annotation(text.substring(begin, end));
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    List<CoreLabel> own = new ArrayList<>(tokens);
    sentence.set(CoreAnnotations.TokensAnnotation.class, own);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenOffset);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenOffset + own.size());
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    int i = 1;
    for (CoreLabel t : own) {
      t.setIndex(i++);
      t.setSentIndex(index);
    }
    return sentence;
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of();
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class);
  }
}

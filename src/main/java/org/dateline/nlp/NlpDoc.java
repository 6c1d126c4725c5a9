package org.dateline.nlp;

import java.util.List;
import org.dateline.article.Article;

/** What the NLP adapter hands downstream: our own records, never CoreNLP's annotation. */
public record NlpDoc(Article article, List<Sentence> sentences, List<Token> tokens, List<NerSpan> spans) {

  public NlpDoc {
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    spans = List.copyOf(spans);
  }

  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }

  /** The article text between two char offsets. */
  public String text(int start, int end) {
    return article.text().substring(start, end);
  }
}

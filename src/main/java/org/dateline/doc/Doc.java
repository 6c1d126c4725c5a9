package org.dateline.doc;

import java.util.List;

/** What the NLP adapter hands downstream: our own records, never CoreNLP's annotation. */
public record Doc(Article article, List<Sentence> sentences, List<Token> tokens, List<NameSpan> spans) {

  public Doc {
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

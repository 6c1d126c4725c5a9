package org.dateline.doc;

import java.util.List;

/** A sentence: its tokens, its char span in the article text and the page section it lies in. */
public record Sentence(int index, int start, int end, Section section, List<Token> tokens,
                       List<Dependency> dependencies) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
  }

  public int firstToken() {
    return tokens.isEmpty() ? 0 : tokens.get(0).index();
  }

  public int endToken() {
    return tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).index() + 1;
  }
}

package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dateline.doc.Article;
import org.dateline.doc.Section;
import org.dateline.doc.Dependency;
import org.dateline.doc.Doc;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Builds NLP documents by hand for the quote stage, which needs real text layout (punctuation glued to words,
 * paragraphs); {@link Docs} is the plainer builder of the entity and event tests. Each sentence is written as space-separated {@code word/POS/NER/lemma} tokens ({@code word/POS} means NER O, the lemma defaults to
 * the lower-cased word); a DATE token may carry
 * its value as {@code word/POS/DATE=2026-01-30} ("|" stands for "/" inside a value). Adjacent tokens with the
 * same tag form one CoreNLP-style span. A token may end with {@code @H:rel}, its basic dependency: {@code H}
 * is the 1-based position of its governor in the sentence, 0 for the root. Punctuation and closing quote marks
 * are glued to the word before, an opening quote mark to the word after, as in real text. Each sentence is a
 * line of its own; one starting with {@code "+ "} continues the line before, one starting with {@code "¶ "}
 * follows a blank line; one starting with {@code "H "} is a headline.
 */
public final class QuoteDocs {

  private static final Set<String> GLUED = Set.of(",", ".", "?", "!", ":", ";", "'s", "n't");

  private QuoteDocs() {
  }

  public static Doc doc(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> out = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      String spec = sentences[s];
      if (s > 0) {
        text.append(spec.startsWith("¶ ") ? "\n\n" : spec.startsWith("+ ") ? " " : "\n");
      }
      Section section = spec.startsWith("H ") ? Section.HEADLINE : Section.BODY;
      spec = spec.startsWith("¶ ") || spec.startsWith("+ ") || spec.startsWith("H ") ? spec.substring(2) : spec;
      List<Token> own = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      int sentenceStart = text.length();
      int first = tokens.size();
      boolean quoteOpen = false;
      boolean glueNext = true;
      for (String tokenSpec : spec.split(" ")) {
        String dep = null;
        int at = tokenSpec.lastIndexOf('@');
        if (at > 0) {
          dep = tokenSpec.substring(at + 1);
          tokenSpec = tokenSpec.substring(0, at);
        }
        String[] f = tokenSpec.split("/");
        String word = f[0].replace('_', ' ');
        String ner = f.length > 2 ? f[2] : "O";
        String value = "";
        if (ner.contains("=")) {
          value = ner.substring(ner.indexOf('=') + 1).replace('|', '/');
          ner = ner.substring(0, ner.indexOf('='));
        }
        boolean mark = word.equals("\"");
        boolean closing = mark && quoteOpen;
        if (!glueNext && !GLUED.contains(word) && !closing) {
          text.append(' ');
        }
        quoteOpen = mark != quoteOpen;
        glueNext = mark && !closing;
        int start = text.length();
        text.append(word);
        String lemma = f.length > 3 ? f[3] : word.toLowerCase();
        Token t = new Token(tokens.size(), s, word, lemma, f[1], ner, value, start, text.length());
        tokens.add(t);
        own.add(t);
        if (dep != null) {
          int head = Integer.parseInt(dep.substring(0, dep.indexOf(':')));
          deps.add(new Dependency(head == 0 ? -1 : first + head - 1, t.index(), dep.substring(dep.indexOf(':') + 1)));
        }
      }
      out.add(new Sentence(s, sentenceStart, text.length(), section, own, deps));
    }
    text.append('\n');
    Article article = new Article("test", "test", "", text.toString(), "2026-01-30", "input", "", "");
    return new Doc(article, out, tokens, Docs.spans(text.toString(), tokens));
  }
}

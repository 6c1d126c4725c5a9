package org.dateline.entities;

import java.util.ArrayList;
import java.util.List;
import org.dateline.doc.Article;
import org.dateline.doc.Section;
import org.dateline.doc.Dependency;
import org.dateline.doc.NameSpan;
import org.dateline.doc.Doc;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Builds NLP documents by hand, so the entity stage can be tested without CoreNLP. Each sentence is written as
 * space-separated {@code word/POS/NER} tokens ({@code word/POS} means NER O); a DATE token may carry its value
 * as {@code word/POS/DATE=2026-01-30} ("|" stands for "/" inside a value). Adjacent tokens with the same tag form one CoreNLP-style span.
 * A fourth field gives the lemma ({@code rejected/VBD/O/reject}; default: the word in lower case), and a suffix
 * {@code >HEAD:REL} a basic dependency, HEAD being the governor's position in the sentence (0-based, -1 for the
 * root): {@code Zelensky/NNP/PERSON>1:nsubj rejected/VBD/O/reject>-1:root}.
 */
public final class Docs {

  private Docs() {
  }

  public static Doc doc(String... sentences) {
    StringBuilder text = new StringBuilder();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> out = new ArrayList<>();
    for (int s = 0; s < sentences.length; s++) {
      List<Token> own = new ArrayList<>();
      List<Dependency> deps = new ArrayList<>();
      int sentenceStart = text.length();
      int firstToken = tokens.size();
      for (String raw : sentences[s].split(" ")) {
        String spec = raw;
        int arrow = raw.lastIndexOf('>');
        if (arrow > 0) {
          String[] dep = raw.substring(arrow + 1).split(":", 2);
          int head = Integer.parseInt(dep[0]);
          deps.add(new Dependency(head < 0 ? -1 : firstToken + head, tokens.size(), dep[1]));
          spec = raw.substring(0, arrow);
        }
        String[] f = spec.split("/");
        String word = f[0].replace('_', ' ');
        String ner = f.length > 2 ? f[2] : "O";
        String value = "";
        if (ner.contains("=")) {
          value = ner.substring(ner.indexOf('=') + 1).replace('|', '/');
          ner = ner.substring(0, ner.indexOf('='));
        }
        if (text.length() > sentenceStart) {
          text.append(' ');
        }
        int start = text.length();
        text.append(word);
        String lemma = f.length > 3 ? f[3] : word.toLowerCase();
        Token t = new Token(tokens.size(), s, word, lemma, f[1], ner, value, start, text.length());
        tokens.add(t);
        own.add(t);
      }
      out.add(new Sentence(s, sentenceStart, text.length(), Section.BODY, own, deps));
      text.append('\n');
    }
    Article article = new Article("test", "test", "", text.toString(), "2026-01-30", "input", "", "");
    return new Doc(article, out, tokens, spans(text.toString(), tokens));
  }

  /** CoreNLP-style entity spans: runs of tokens with the same tag and value. */
  static List<NameSpan> spans(String text, List<Token> tokens) {
    List<NameSpan> spans = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      Token first = tokens.get(i);
      int j = i + 1;
      while (j < tokens.size() && !first.ner().equals("O") && tokens.get(j).ner().equals(first.ner())
          && tokens.get(j).sentence() == first.sentence() && tokens.get(j).normalized().equals(first.normalized())) {
        j++;
      }
      if (!first.ner().equals("O")) {
        Token last = tokens.get(j - 1);
        spans.add(new NameSpan(text.substring(first.start(), last.end()), first.ner(), first.normalized(),
            first.start(), last.end(), i, j, first.sentence()));
      }
      i = j;
    }
    return spans;
  }
}

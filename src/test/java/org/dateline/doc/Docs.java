package org.dateline.doc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds documents by hand, so the stages can be tested without CoreNLP, laid out as real text: punctuation and
 * closing quote marks are glued to the word before, an opening quote mark to the word after.
 *
 * <p>Each sentence is written as space-separated {@code word/POS/NER/lemma} tokens ({@code word/POS} means NER O,
 * the lemma defaults to the lower-cased word, "_" in a word stands for a space). A DATE token may carry its value
 * as {@code word/POS/DATE=2026-01-30} ("|" stands for "/" inside a value). Adjacent tokens with the same tag and
 * value form one CoreNLP-style span. A token may end with {@code @H:rel}, its basic dependency as in CoNLL-U:
 * {@code H} is the 1-based position of its governor in the sentence, 0 for the root:
 * {@code Zelensky/NNP/PERSON@2:nsubj rejected/VBD/O/reject@0:root}.
 *
 * <p>Each sentence is a line of its own; one starting with {@code "+ "} continues the line before, one starting
 * with {@code "¶ "} follows a blank line (a new paragraph), one starting with {@code "H "} is a headline, one
 * starting with {@code "C "} a caption.
 */
public final class Docs {

  private static final Set<String> GLUED = Set.of(",", ".", "?", "!", ":", ";", "'s", "n't");

  private Docs() {
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
      Section section = spec.startsWith("H ") ? Section.HEADLINE : spec.startsWith("C ") ? Section.CAPTION
          : Section.BODY;
      spec = spec.startsWith("¶ ") || spec.startsWith("+ ") || spec.startsWith("H ") || spec.startsWith("C ")
          ? spec.substring(2) : spec;
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
      requireTree(spec, deps);
      out.add(new Sentence(s, sentenceStart, text.length(), section, own, deps));
    }
    text.append('\n');
    Article article = new Article("test", "test", "", text.toString(), "2026-01-30", "input", "", "");
    return new Doc(article, out, tokens, spans(text.toString(), tokens));
  }

  /** A hand-written governor that loops ("x/NN@3" as token 3) would send the rules' walks up the tree forever. */
  private static void requireTree(String spec, List<Dependency> deps) {
    Map<Integer, Integer> governor = new HashMap<>();
    deps.forEach(d -> governor.put(d.dependent(), d.governor()));
    for (Dependency d : deps) {
      int h = d.dependent();
      for (int steps = 0; h >= 0 && governor.containsKey(h); steps++) {
        if (steps > deps.size()) {
          throw new IllegalArgumentException("dependency cycle through token " + d.dependent() + " in: " + spec);
        }
        h = governor.get(h);
      }
    }
  }

  /** CoreNLP-style entity spans: runs of tokens of one sentence with the same tag and value. */
  private static List<NameSpan> spans(String text, List<Token> tokens) {
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

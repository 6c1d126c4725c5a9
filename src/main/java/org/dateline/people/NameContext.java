package org.dateline.people;

import java.util.List;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * The words around a person's mention that state a gender: an honorific or role noun just before the name ("Mrs
 * Smith", "his wife Mary Smith", "actress Jane Doe"), a role noun in an apposition after it ("Jane Doe, the
 * chairwoman of ..."), or the head of a nominal mention linked to the person ("the queen").
 */
final class NameContext {

  /** How far back from a name a title run may reach ("former US Navy chief petty officer"). */
  private static final int BACK = 4;
  /** Modifiers allowed between an apposition's article and its role noun ("a 45-year-old single mother"). */
  private static final int MODIFIERS = 3;
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  private final Doc doc;
  private final List<Token> tokens;
  private final GenderLexicon lexicon;

  NameContext(Doc doc, GenderLexicon lexicon) {
    this.doc = doc;
    this.tokens = doc.tokens();
    this.lexicon = lexicon;
  }

  void gather(Mention m, Evidence ev) {
    int first = tokenAt(m.start());
    int last = tokenAt(m.end() - 1);
    if (first < 0 || last < 0) {
      return;
    }
    if (m.kind().equals(Mention.NOMINAL)) {
      add(ev.titles, lexicon.title(tokens.get(last).word()));
      return;
    }
    add(ev.honorifics, lexicon.honorific(tokens.get(first).word()));
    if (tokens.get(first).ner().equals("TITLE") && last > first) {
      add(ev.titles, lexicon.title(tokens.get(first).word()));
    }
    before(first, ev);
    after(last, ev);
  }

  private void before(int first, Evidence ev) {
    int sentence = tokens.get(first).sentence();
    for (int i = first - 1; i >= 0 && i >= first - BACK && tokens.get(i).sentence() == sentence; i--) {
      Token t = tokens.get(i);
      String honorific = lexicon.honorific(t.word());
      String title = lexicon.title(t.word());
      if (!honorific.isEmpty()) {
        ev.honorifics.add(honorific);
      } else if (!title.isEmpty()) {
        ev.titles.add(title);
      } else if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.ner().equals("TITLE"))) {
        return;
      }
    }
  }

  private void after(int last, Evidence ev) {
    int i = last + 1;
    int sentence = tokens.get(last).sentence();
    if (i >= tokens.size() || !tokens.get(i).word().equals(",")) {
      return;
    }
    i++;
    if (i < tokens.size() && ARTICLES.contains(tokens.get(i).word().toLowerCase(java.util.Locale.ROOT))) {
      i++;
    }
    for (int k = 0; k <= MODIFIERS && i < tokens.size() && tokens.get(i).sentence() == sentence; k++, i++) {
      Token t = tokens.get(i);
      String title = lexicon.title(t.word());
      boolean head = i + 1 >= tokens.size() || !tokens.get(i + 1).pos().matches("NNS?|POS");
      if (!title.isEmpty() && head) {
        ev.titles.add(title);
        return;
      }
      if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("CD") || t.pos().equals("HYPH"))) {
        return;
      }
    }
  }

  /** The index of the token holding char offset {@code at}; -1 when none does. */
  private int tokenAt(int at) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token t = tokens.get(mid);
      if (t.end() <= at) {
        lo = mid + 1;
      } else if (t.start() > at) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private static void add(java.util.Set<String> to, String gender) {
    if (!gender.isEmpty()) {
      to.add(gender);
    }
  }
}

package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.Mention;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * The words an article attaches to a name to say who the person or organization is: the title run right before
 * it ("Ukraine's President Volodymyr Zelensky", "Kremlin aide Yuri Ushakov", "U.S. Special Envoy Steve Witkoff"),
 * and with the parse, an appositive ("Steve Witkoff, the U.S. envoy," or "the U.S. envoy, Steve Witkoff"). The
 * title run is read from the words themselves, so it is the same whether or not the run asked for the parse.
 */
final class RoleEvidence {

  /** Parts of speech a title run is made of: names, nouns, adjectives and the possessive 's. */
  private static final Set<String> TITLE_POS = Set.of("NNP", "NNPS", "NN", "JJ", "POS");
  /** The longest title run read: "U.S. Deputy Special Envoy for ..." needs no more to say who. */
  private static final int MAX_RUN = 6;
  /** What an appositive's words stop at: a clause or another phrase inside it says something else. */
  private static final Set<String> APPOS_STOP = Set.of("acl", "acl:relcl", "appos", "punct", "parataxis",
      "advcl", "ccomp", "dep", "conj", "cc", "nmod", "obl", "list", "xcomp");
  /** A role the person no longer holds is not their code ("former President X"). */
  private static final Set<String> PAST = Set.of("former", "formerly", "ex", "late", "then");

  private RoleEvidence() {
  }

  /** The phrases attached to one name mention (none when it has none), each without the name's own words. */
  static List<String> phrases(Doc doc, Mention m) {
    Sentence s = doc.sentences().get(m.sentence());
    List<Token> tokens = s.tokens();
    int first = -1;
    int last = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.start() >= m.start() && t.end() <= m.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    List<String> out = new ArrayList<>();
    if (first < 0) {
      return out;
    }
    int from = first;
    while (from > 0 && first - from < MAX_RUN && TITLE_POS.contains(tokens.get(from - 1).pos())) {
      from--;
    }
    if (from < first) {
      out.add(doc.text(tokens.get(from).start(), tokens.get(first - 1).end()));
    }
    DepTree tree = new DepTree(s);
    if (tree.hasParse()) {
      int head = tokens.get(last).index();
      for (int k : tree.children(head)) {
        if (tree.relation(k).equals("appos")) {
          out.add(text(doc, tree, tree.subtree(k, APPOS_STOP)));
        }
      }
      if (tree.relation(head).equals("appos") && tree.head(head) >= 0) {
        out.add(text(doc, tree, tree.subtree(tree.head(head), APPOS_STOP)));
      }
    }
    out.removeIf(RoleEvidence::isPast);
    return out;
  }

  private static String text(Doc doc, DepTree tree, List<Integer> span) {
    return doc.text(tree.token(span.get(0)).start(), tree.token(span.get(span.size() - 1)).end());
  }

  static boolean isPast(String phrase) {
    return ActorWords.of(phrase).stream().anyMatch(w -> PAST.contains(w.toLowerCase(Locale.ROOT)));
  }
}

package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;

/**
 * "He's said the same thing at every stop": the clitic 's before a participle is "has" as often as "is", and
 * the parser reads it as a passive "is". With a personal pronoun as subject the clause is a perfect (people
 * are rarely "said"); with "it" or "that" ("it's said that ...") it stays a passive.
 */
final class ContractedPerfect {

  private static final Set<String> CLITICS = Set.of("'s", "\u2019s");
  /** Subjects of the impersonal passive ("it's said", "that's called"). */
  private static final Set<String> IMPERSONAL = Set.of("it", "that", "this", "there", "what", "which");

  private ContractedPerfect() {
  }

  /** Whether {@code verb}'s passive auxiliary is a clitic 's whose subject is a personal pronoun. */
  static boolean is(Doc doc, DepTree tree, int verb) {
    boolean clitic = false;
    boolean person = false;
    for (int k : tree.children(verb)) {
      String rel = tree.relation(k);
      String word = doc.tokens().get(k).word().toLowerCase(Locale.ROOT);
      clitic |= rel.equals("aux:pass") && CLITICS.contains(word);
      person |= rel.startsWith("nsubj") && doc.tokens().get(k).pos().equals("PRP") && !IMPERSONAL.contains(word);
    }
    return clitic && person && doc.tokens().get(verb).pos().equals("VBN");
  }
}

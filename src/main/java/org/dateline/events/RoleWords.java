package org.dateline.events;

import java.util.Locale;
import org.dateline.doc.DepTree;
import org.dateline.doc.Token;

/**
 * The role words coordinated parties share: "the ambassadors of Arnor, Osgiliath and Gondor" are three
 * ambassadors, "Presidents Mubarak and Assad" two presidents. Each member's actor code takes the role's agent code
 * (ARNGOV, OSGGOV, ...), as it would if the role were written next to each name.
 */
final class RoleWords {

  private RoleWords() {
  }

  /**
   * @param head        the phrase's head
   * @param firstMember the first coordinated party: the head itself, or a name modifying an unnamed head
   * @return the unnamed head's word ("ambassadors"), else the plural common nouns compounded to a named head
   *         ("Presidents" of "Presidents X and Y"), else empty
   */
  static String shared(DepTree tree, int head, int firstMember) {
    if (firstMember != head) {
      return tree.token(head).word();
    }
    StringBuilder role = new StringBuilder();
    for (int k : tree.children(head)) {
      Token t = tree.token(k);
      if (k < head && tree.relation(k).equals("compound") && isRoleNoun(t)) {
        role.append(role.length() == 0 ? "" : " ").append(t.word());
      }
    }
    return role.toString();
  }

  /** A plural common noun or title ("Presidents", "ministers"), not part of a name. */
  private static boolean isRoleNoun(Token t) {
    boolean plural = t.pos().equals("NNS") || t.pos().equals("NNPS");
    boolean name = !t.ner().equals("O") && !t.ner().equals("TITLE");
    return plural && !name && !t.word().toLowerCase(Locale.ROOT).equals(t.word().toUpperCase(Locale.ROOT));
  }
}

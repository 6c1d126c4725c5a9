package org.dateline.events;

import org.dateline.doc.Coding;

/**
 * CAMEO's convention for what is announced rather than done: a planned act of cooperation is an expression of
 * intent to cooperate (03x: "Finland will give Tanzania a grant" is 033, intent to provide aid), and a planned or
 * conditional act of force or coercion is a threat (13x: "farmers said they would blockade Paris").
 */
final class Intent {

  private Intent() {
  }

  /**
   * PLOVER's convention, which differs: any commitment to a future act of cooperation is AGREE, a bare future
   * ("Portugal will support Turkey", "Finland will give Tanzania a grant") too. The CAMEO code stays (the PETRARCH
   * convention, above); only the PLOVER type of a planned, unnegated act of consultation or cooperation (roots
   * 04-08) becomes AGREE.
   */
  static Coding plover(Coding c, Mood mood) {
    boolean cooperation = c.root().compareTo("04") >= 0 && c.root().compareTo("08") <= 0;
    return cooperation && !mood.negated() && mood.modality().equals(Mood.PLANNED)
        ? new Coding(c.code(), c.root(), "AGREE", c.quadClass(), c.goldstein()) : c;
  }

  static Trigger apply(Trigger t, Mood mood) {
    if (mood.negated() || mood.modality().equals(Mood.ASSERTED) || t.code().length() < 2) {
      return t;
    }
    int root = Integer.parseInt(t.code().substring(0, 2));
    // Only a declared plan is an intent: "Finland said it will give" yes, a bare "Arnor will contribute" stays 07.
    boolean planned = mood.modality().equals(Mood.PLANNED) && mood.declared();
    String code = switch (root) {
      case 4 -> planned ? "036" : null;
      case 5 -> planned ? "032" : null;
      case 6 -> planned ? "031" : null;
      case 7 -> planned ? "033" : null;
      case 8 -> planned ? "034" : null;
      case 14, 15, 16, 17 -> mood.modality().equals(Mood.REQUESTED) ? null : "130";
      case 18, 19, 20 -> mood.modality().equals(Mood.REQUESTED) ? null : "138";
      default -> null;
    };
    return code == null ? t : t.recoded(code, "intent: " + mood.modality() + " " + t.code());
  }
}

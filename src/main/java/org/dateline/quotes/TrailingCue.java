package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * "Prices will rise, the minister said Wednesday." and "..., said Mark Jones, a political scientist.": a cue
 * that closes its sentence after a comma attributes everything before that comma. The parser rarely files
 * the content as the verb's complement here (it makes it the root, a clausal subject or an adverbial clause
 * and hangs "said" off it), so the shape of the sentence is read instead of the tree.
 */
final class TrailingCue {

  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  /** Verbs whose object is the one addressed ("told reporters"), never the speaker. */
  private static final Set<String> ADDRESSED = Set.of("tell", "assure", "inform", "remind", "advise", "brief");

  /**
   * The longest subject phrase between comma and cue ("Ann Ames, a spokeswoman" is cut at its comma; "figures
   * kept by the city office of the port show" runs to nine words).
   */
  private static final int MAX_SUBJECT = 12;

  private TrailingCue() {
  }

  /** The content (char span) before the comma in front of cue {@code verb}, or null if the shape differs. */
  static int[] content(QuoteContext ctx, Sentence s, DepTree tree, int verb) {
    String pos = ctx.token(verb).pos();
    // "..., accusing them of ...": a participle after a comma is the writer's aside, not a closing cue.
    int perfect = perfectAuxiliary(ctx, tree, verb);
    if (verb - s.firstToken() < 4 || !Cues.FINITE.contains(pos) && !finiteAsParticiple(ctx, tree, verb) && perfect < 0) {
      return null;
    }
    int comma = (perfect >= 0 ? perfect : verb) - 1;
    int finite = comma + 1;
    while (comma > s.firstToken() && finite - comma <= MAX_SUBJECT + 1 && !endsContent(ctx, comma)) {
      Token t = ctx.token(comma);
      boolean modifier = comma < finite - 1 && !endsContent(ctx, comma - 1) && continuesSubject(t);
      if (!modifier && (t.pos().startsWith("VB") || t.pos().startsWith("W") || t.pos().equals("IN")) || ctx.inQuote(t)
          || Speakers.isPunct(t) && !t.pos().equals("POS") && !t.pos().equals("HYPH")) {
        return null;
      }
      comma--;
    }
    if (!endsContent(ctx, comma) || comma - s.firstToken() < 3) {
      return null;
    }
    boolean inverted = comma == finite - 1;
    if (inverted && nounHead(ctx, verb + 1, Math.min(s.endToken(), verb + 4)) < 0) {
      return null;
    }
    if (!inverted && hasContentAfter(ctx, s, tree, verb)) {
      return null;
    }
    // "Speaking to NBC News, she said": a participle before the comma is the cue's circumstance, not content.
    boolean clause = false;
    for (int i = s.firstToken(); i < comma; i++) {
      clause |= FINITE.contains(ctx.token(i).pos()) || ctx.inQuote(ctx.token(i));
    }
    return clause ? ctx.contentSpan(s.firstToken(), ctx.token(comma).word().equals(",") ? comma - 1 : comma) : null;
  }

  /**
   * "Turnout rose by the river, the agency said." parsed as a parenthetical whose span takes in "by the river":
   * a cue that closes its sentence attributes everything before the comma all the same. Not when the sentence
   * goes on after the cue ("..., Ames said, by the calendar.") or the cue's own subject has commas of its
   * own ("..., the school, Elm Hall College, confirmed."). The content's char span, or null.
   */
  static int[] closingParenthetical(QuoteContext ctx, Sentence s, DepTree tree, int verb) {
    for (int i = verb + 1; i < s.endToken(); i++) {
      String w = ctx.token(i).word();
      if (w.equals(",") || w.equals(";") || w.equals(":") || Cues.DASHES.contains(w)) {
        return null;
      }
    }
    int[] content = content(ctx, s, tree, verb);
    int subject = tree.child(verb, "nsubj");
    boolean ownCommas = content != null && subject >= 0
        && ctx.token(tree.span(subject, Set.of())[0]).start() < content[1];
    return ownCommas ? null : content;
  }

  /**
   * "..., the agency reported Tuesday." with "reported" tagged as a participle: a past form with a subject of
   * its own and no auxiliary is the finite verb all the same. A hyphen inside the subject's name ("Ann
   * Lee-Smith reports") is no punctuation that ends it.
   */
  private static boolean finiteAsParticiple(QuoteContext ctx, DepTree tree, int verb) {
    return ctx.token(verb).pos().equals("VBN") && tree.childExactly(verb, "nsubj") >= 0 && tree.child(verb, "aux") < 0;
  }

  /** "..., a new survey has found.": the finite "have" that makes a closing cue's participle finite, else -1. */
  private static int perfectAuxiliary(QuoteContext ctx, DepTree tree, int verb) {
    int aux = verb - 1;
    boolean perfect = ctx.token(verb).pos().equals("VBN") && aux >= 0 && tree.head(aux) == verb
        && tree.relation(aux).equals("aux") && ctx.token(aux).lemma().equalsIgnoreCase("have")
        && Cues.FINITE.contains(ctx.token(aux).pos()) && tree.child(verb, "nsubj:pass") < 0;
    return perfect ? aux : -1;
  }

  /**
   * Whether token {@code t}, not the first of a closing cue's subject, continues its noun phrase: "a source
   * close to him said", "records compiled by the commission show". None may open the subject (", as officials
   * said" is no subject).
   */
  private static boolean continuesSubject(Token t) {
    return t.pos().equals("IN") || t.pos().equals("TO") || t.pos().equals("VBN");
  }

  /** A comma, or a closing quote mark right after one ('"...," he said'): where the content ends. */
  private static boolean endsContent(QuoteContext ctx, int i) {
    Token t = ctx.token(i);
    return t.word().equals(",") || i > 0 && ctx.token(i - 1).word().equals(",")
        && QuoteMarks.isMarkAt(ctx.doc.article().text(), t.start());
  }

  /**
   * The speaker when the parse lost the cue's subject: the head of the phrase between comma and cue ("the
   * airline said"), else the name right after an inverted cue ("said Mark Jones"); -1 when there is neither.
   */
  static int source(QuoteContext ctx, Sentence s, int verb) {
    int from = verb;
    while (from > s.firstToken() && !ctx.token(from - 1).word().equals(",")) {
      from--;
    }
    int before = nounHead(ctx, from, verb);
    if (before >= 0) {
      return before;
    }
    // "..., Steve Mnuchin, told The Washington Post": after a verb that takes its addressee as object, the noun
    // is the one told; the speaker is the name the content ended on, set off before the cue.
    if (ADDRESSED.contains(ctx.token(verb).lemma().toLowerCase(Locale.ROOT))) {
      int name = verb - 2;
      boolean setOff = name >= s.firstToken() && ctx.token(verb - 1).word().equals(",");
      return setOff && ctx.token(name).pos().startsWith("NNP") && !ctx.inQuote(ctx.token(name)) ? name : -1;
    }
    return nounHead(ctx, verb + 1, Math.min(s.endToken(), verb + 4));
  }

  /** Whether {@code source} is the one told by cue {@code verb} ("..., officials told the newspaper"). */
  static boolean isAddressee(QuoteContext ctx, DepTree tree, int verb, int source) {
    String rel = tree.relation(source);
    return source > verb && ADDRESSED.contains(ctx.token(verb).lemma().toLowerCase(Locale.ROOT))
        && (rel.equals("obj") || rel.equals("iobj"));
  }

  /** The last token of the first run of nouns in {@code from..to-1} ("the airline", "Mark Jones"), or -1. */
  private static int nounHead(QuoteContext ctx, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isNominal(ctx.token(i))) {
        int head = i;
        while (head + 1 < to && ctx.token(head + 1).pos().startsWith("NN")) {
          head++;
        }
        return head;
      }
    }
    return -1;
  }

  private static boolean isNominal(Token t) {
    return t.pos().startsWith("NN") || t.pos().equals("PRP");
  }

  /** 'he said he would', 'he told reporters': a cue with a complement or object of its own after it. */
  private static boolean hasContentAfter(QuoteContext ctx, Sentence s, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      String rel = tree.relation(k);
      // "..., officials told the newspaper.": the object of a verb of telling is the one told, not content.
      boolean content = rel.equals("obj") || rel.equals("ccomp") || rel.equals("xcomp") || rel.equals("iobj");
      if (k > verb && content && !isAddressee(ctx, tree, verb, k)) {
        return true;
      }
    }
    for (int i = verb + 1; i < s.endToken(); i++) {
      Token t = ctx.token(i);
      if (t.pos().startsWith("VB") && !ctx.inQuote(t) && !inAside(ctx, tree, verb, i)) {
        return true;
      }
    }
    return false;
  }

  /** Whether token {@code i} lies in a part of the cue set off by a comma (", as they bristled at ..."). */
  private static boolean inAside(QuoteContext ctx, DepTree tree, int verb, int i) {
    for (int k : tree.children(verb)) {
      int first = tree.span(k, Set.of())[0];
      if (k > verb && tree.dominates(k, i) && first > 0 && ctx.token(first - 1).word().equals(",")) {
        return true;
      }
    }
    return false;
  }
}

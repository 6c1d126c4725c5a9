package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;

/**
 * The relative pronoun of a cue inside a relative clause: "policies, which he said had harmed the economy",
 * "Rubio, who he dubbed "the little senator"", "what she called a rant". The pronoun stands for part of what was
 * said but is moved in front of the speaker, so PolNeAR annotates the attribution in two pieces: the pronoun
 * and the rest after the cue. The rest is the cue's ordinary content; this class finds the pronoun.
 */
final class RelativePiece {

  private static final Set<String> RELATIVES = Set.of("which", "who", "whom", "that", "what");
  private static final Set<String> RELATIVE_TAGS = Set.of("WDT", "WP", "IN", "DT");
  /** How the parser files a reported clause whose subject was moved away as the relative pronoun. */
  private static final Set<String> SUBJECTLESS = Set.of("dep", "ccomp");

  private RelativePiece() {
  }

  /** The pronoun piece of {@code row}, whose cue is {@code verb} and content follows it, or null. */
  static Quote of(QuoteContext ctx, Sentence s, DepTree tree, int verb, Quote row) {
    if (row.start() < ctx.token(verb).end()) {
      return null;
    }
    int subject = tree.child(verb, "nsubj");
    if (subject < 0 || subject > verb) {
      return null;
    }
    int pronoun = tree.span(subject, Set.of())[0] - 1;
    if (pronoun < s.firstToken() || !isRelative(ctx, tree, pronoun, verb)) {
      return null;
    }
    return new Quote("", Quote.INDIRECT, ctx.token(pronoun).start(), ctx.token(pronoun).end(), row.speaker(),
        row.cue(), row.attribution(), row.sentence(), row.section());
  }

  /**
   * Whether token {@code k} right before the cue's subject is a relative pronoun that belongs to the cue's
   * clause: the parser hangs it on the cue or on the cue's complement ("which he said had harmed ...").
   */
  private static boolean isRelative(QuoteContext ctx, DepTree tree, int k, int verb) {
    String word = ctx.token(k).word().toLowerCase(Locale.ROOT);
    if (!RELATIVES.contains(word) || !RELATIVE_TAGS.contains(ctx.token(k).pos()) || ctx.inQuote(ctx.token(k))) {
      return false;
    }
    // Only the subject of the reported clause ("which he said had harmed ..."), which the parser files as the
    // cue's object beside a subjectless clause; the object of "which he called a disgrace" PolNeAR leaves out.
    boolean subject = tree.head(k) == verb && tree.relation(k).equals("obj");
    return subject && tree.children(verb).stream().anyMatch(c -> c > verb && SUBJECTLESS.contains(tree.relation(c))
        && ctx.token(c).pos().startsWith("VB") && tree.child(c, "nsubj") < 0 && tree.child(c, "nsubj:pass") < 0);
  }
}

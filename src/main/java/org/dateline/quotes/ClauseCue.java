package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;
import org.dateline.entities.EntityTypes;

/**
 * A verb outside the lexicon whose complement is a finite clause, with a subject that can hold a view: "I know
 * he'll continue to do the right thing", "voters should know what those questions are". The construction, not
 * the verb, makes the attribution (a person or organization relating a proposition), so no list is needed.
 */
final class ClauseCue {

  /** Verbs of knowing and remembering (Levin 29.5 conjecture verbs the lexicon lacks; hear, forget, sense). */
  private static final Set<String> COGNITION = Set.of("know", "remember", "forget", "hear", "sense", "gather",
      "foresee", "hypothesize", "conjecture", "presuppose", "dream", "fancy", "judge", "mean", "trust");
  private static final Set<String> MARKS = Set.of("that", "whether", "if");
  private static final Set<String> PERSONAL = Set.of("i", "we", "you", "he", "she", "they", "who");

  private ClauseCue() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    int verb = t.index();
    if (!COGNITION.contains(lemma) || s.section() == Section.HEADLINE || !t.pos().startsWith("VB")) {
      return null;
    }
    int c = Complements.clause(tree, verb);
    if (c <= verb || !finite(ctx, tree, c, verb)) {
      return null;
    }
    int source = ctx.sources.ofVerb(tree, verb);
    if (source < 0 || !holder(ctx, tree, source)) {
      return null;
    }
    int[] content = Complements.complementSpan(ctx, tree, verb, c);
    return ReportedSpeech.row(ctx, s, tree, content, source, new Quote.Cue(lemma, t.start(), t.end()));
  }

  /** Whether clause {@code c} is a finite clause with its own subject, opened by "that", a question word or nothing. */
  private static boolean finite(QuoteContext ctx, DepTree tree, int c, int verb) {
    boolean subject = tree.child(c, "nsubj") >= 0 || tree.child(c, "nsubj:pass") >= 0 || tree.child(c, "expl") >= 0;
    int first = tree.span(c, Set.of())[0];
    Token opener = ctx.token(first);
    String word = opener.word().toLowerCase(Locale.ROOT);
    boolean opened = MARKS.contains(word) || opener.pos().startsWith("W") || first == c || subject;
    return subject && opened && !ctx.inQuote(opener) && first > verb;
  }

  /** Whether the subject is a person, an organization or a personal pronoun: someone who can hold a view. */
  private static boolean holder(QuoteContext ctx, DepTree tree, int source) {
    Token t = ctx.token(source);
    if (t.pos().equals("PRP") || t.pos().equals("WP")) {
      return PERSONAL.contains(t.word().toLowerCase(Locale.ROOT));
    }
    String type = ctx.speakers.speaker(tree, source).type();
    return type.equals(EntityTypes.PERSON) || type.equals(EntityTypes.ORGANIZATION)
        || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
  }
}

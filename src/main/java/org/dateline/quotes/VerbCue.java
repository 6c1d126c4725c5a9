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
 * Reported content of a verb cue, tried from the most to the least telling shape: a clausal complement
 * ("said (that) ..."), a bare clause after a verb of saying, the sentence before a closing "..., X said", a
 * promised or sought infinitive ("pledged to ..."), an object ("criticized the plan"), the rest of the sentence
 * after a verb of saying, a prepositional topic ("talked about ..."); "seems to ..." without a source. A verb
 * that is not a verb of saying or thinking counts only where it can be one: not in a headline, and not with a
 * subject that cannot speak; no cue counts with a particle that makes it another verb ("called off").
 */
final class VerbCue {

  private static final Set<String> QUESTION_MARKS = Set.of("if", "whether");

  private VerbCue() {
  }

  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    String lemma = t.lemma().toLowerCase(Locale.ROOT);
    boolean speech = Cues.VERBS.contains(lemma);
    // "Hackers attack ...": a headline attributes only with a verb of saying; "the stated goals" is an adjective.
    boolean adjective = tree.relation(t.index()).equals("amod") && t.pos().equals("VBN");
    int verb = t.index();
    int particle = tree.child(verb, "compound:prt");
    boolean otherSense = particle >= 0 && Cues.OTHER_SENSE.contains(ctx.token(particle).lemma());
    if (!Cues.isCue(lemma) || !speech && s.section() == Section.HEADLINE || adjective || otherSense
        || NamingRelative.is(ctx, tree, verb, lemma) || FutureSeeing.is(ctx, tree, verb, lemma)) {
      return null;
    }
    int[] content;
    int source = Cues.APPEARANCE.contains(lemma) ? -1 : ctx.sources.ofVerb(tree, verb);
    if (Cues.NEEDS_PARTICLE.contains(lemma) && particle < 0) {
      // "pointed to the polls" names a topic; only "pointed out" introduces a statement.
      content = ObjectContent.topic(ctx, tree, verb);
    } else if ((content = complement(ctx, tree, verb, lemma)) == null
        && (Cues.SAY.contains(lemma) || Cues.SPEECH.contains(lemma) || Cues.BELIEF.contains(lemma)
            || Cues.EVIDENCE.contains(lemma))
        && (content = TrailingCue.content(ctx, s, tree, verb)) != null) {
      if (source < 0 || ctx.token(source).start() < content[1] || TrailingCue.isAddressee(ctx, tree, verb, source)) {
        source = TrailingCue.source(ctx, s, verb);
      }
    } else if (content == null) {
      content = weakerContent(ctx, s, tree, verb, lemma);
    }
    // "cautioned justice does not come swiftly" ({@link BareClause}): the object taken for an inverted subject
    // is the clause's own subject; the speaker is not known.
    if (content != null && source >= 0 && tree.relation(source).equals("obj")
        && ctx.token(source).start() >= content[0] && ctx.token(source).end() <= content[1]) {
      source = -1;
    }
    // "See photos from the debate below": an imperative addresses the reader and attributes nothing.
    boolean imperative = verb == s.firstToken() && t.pos().equals("VB") && source < 0;
    if (content == null || imperative || !speech && !canSpeak(ctx, lemma, source)) {
      return null;
    }
    String cue = particle >= 0 ? lemma + " " + ctx.token(particle).word().toLowerCase(Locale.ROOT) : lemma;
    return ReportedSpeech.row(ctx, s, tree, content, source, new Quote.Cue(cue, t.start(), t.end()));
  }

  /** A clausal complement of a verb of saying or thinking: "said (that) ...", "called Clinton unqualified". */
  private static int[] complement(QuoteContext ctx, DepTree tree, int verb, String lemma) {
    if (!Cues.VERBS.contains(lemma)) {
      return null;
    }
    int c = Complements.clause(tree, verb);
    int first = c >= 0 ? tree.span(c, Set.of())[0] : -1;
    // '"...," said Cruz, who had ...': the parser's complement is sometimes the speaker's description.
    if (c >= 0 && (first < verb || Complements.opensContent(ctx, tree, verb, first, true))) {
      return Complements.complementSpan(ctx, tree, verb, c);
    }
    int[] bare = c < 0 ? BareClause.of(ctx, tree, verb) : null;
    if (bare != null) {
      return bare;
    }
    int[] strayed = c < 0 ? strayedClause(ctx, tree, verb) : null;
    if (strayed != null) {
      return strayed;
    }
    for (int k : tree.children(verb)) {
      int mark = tree.child(k, "mark");
      // "was asked if she had ever ...": the question is parsed as a condition.
      if (k > verb && tree.relation(k).equals("advcl") && mark >= 0 && Cues.QUESTIONS.contains(lemma)
          && QUESTION_MARKS.contains(ctx.token(mark).word().toLowerCase(Locale.ROOT))) {
        return Complements.clauseSpan(ctx, tree, k);
      }
    }
    int x = tree.child(verb, "xcomp");
    // "called Clinton unqualified" is a small clause; "were confirmed dead" has no subject and says nothing.
    boolean clause = x >= 0 && (ctx.token(x).pos().startsWith("VB") || tree.child(x, "nsubj") >= 0);
    if (x > verb && clause && !Complements.hasToMark(ctx, tree, x) && tree.child(verb, "obj") < 0) {
      return Complements.clauseSpan(ctx, tree, x);
    }
    return null;
  }

  /**
   * "predicted at the GOP debate that Republicans will take every state", "told reporters in Iowa that ...": the
   * parser hangs the that-clause on the adverbial's noun; a clause opened by "that" there is the cue's
   * complement all the same.
   */
  private static int[] strayedClause(QuoteContext ctx, DepTree tree, int verb) {
    for (int k : tree.children(verb)) {
      String rel = tree.relation(k);
      // Not an object's own clause: "denied all claims that ..." denies the claims.
      if (k < verb || !rel.startsWith("obl") && !rel.equals("iobj")) {
        continue;
      }
      for (int c : tree.children(k)) {
        int first = tree.span(c, Set.of())[0];
        int mark = first > k && ctx.token(first).word().equalsIgnoreCase("that") ? first
            : first - 1 > k && ctx.token(first - 1).word().equalsIgnoreCase("that") ? first - 1 : -1;
        if (tree.relation(c).equals("ccomp") && mark >= 0 && !ctx.inQuote(ctx.token(mark))) {
          int last = tree.span(c, Set.of())[1];
          return ctx.contentSpan(mark, Asides.end(ctx, tree, mark, last));
        }
      }
    }
    return null;
  }

  /** The infinitive, object, rest of the sentence or topic, for the verbs that take content that way. */
  private static int[] weakerContent(QuoteContext ctx, Sentence s, DepTree tree, int verb, String lemma) {
    if (Cues.APPEARANCE.contains(lemma)) {
      return Appearance.content(ctx, tree, verb);
    }
    int[] content = InfinitiveContent.of(ctx, tree, verb, lemma);
    if (content == null && Cues.OBJECT_VERBS.contains(lemma)) {
      content = ObjectContent.object(ctx, tree, verb);
    }
    if (content == null && Cues.OBJECT_VERBS.contains(lemma)) {
      content = ModifierGerund.object(ctx, tree, verb);
    }
    if (content == null && Cues.SAY.contains(lemma)) {
      content = Complements.rest(ctx, s, tree, verb);
    }
    if (content == null && lemma.equals("say") && saidThing(ctx, tree, verb)) {
      content = ObjectContent.object(ctx, tree, verb);
    }
    if (content == null && Cues.TOPIC_VERBS.contains(lemma)) {
      content = ObjectContent.demand(ctx, tree, verb);
    }
    if (content == null && Cues.TOPIC_VERBS.contains(lemma)) {
      content = ObjectContent.topic(ctx, tree, verb);
    }
    return content;
  }

  /**
   * "said the same of Sanders", "said yes", "said something strange": the object of a verb of saying is what
   * was said when it is a common noun, a determiner or an interjection; a name or pronoun after the verb is the
   * speaker of '"...," said Cruz' or the one told, a date is when.
   */
  private static boolean saidThing(QuoteContext ctx, DepTree tree, int verb) {
    int obj = tree.child(verb, "obj");
    if (obj < verb) {
      return false;
    }
    Token t = ctx.token(obj);
    // '"...," Clinton said, drawing cheers': an object behind a comma is no object of the verb.
    for (int k = verb + 1; k < obj; k++) {
      if (Speakers.isPunct(ctx.token(k))) {
        return false;
      }
    }
    boolean common = t.pos().startsWith("NN") && !t.pos().startsWith("NNP") || t.pos().equals("DT")
        || t.pos().equals("UH") || t.pos().startsWith("JJ");
    return common && !EntityTypes.TEMPORAL.contains(t.ner()) && !ctx.inQuote(t);
  }

  /**
   * Whether the subject of a verb that is not a verb of saying can be a source: never a date ("Monday saw
   * police searching ..."); for verbs whose first sense is physical ("attack", "hit"), only a person, an
   * organization or a personal pronoun ("Russia attacked", "hackers attacked" are not statements).
   */
  private static boolean canSpeak(QuoteContext ctx, String lemma, int source) {
    if (source < 0) {
      return !Cues.PHYSICAL.contains(lemma);
    }
    Token t = ctx.token(source);
    if (EntityTypes.TEMPORAL.contains(t.ner())) {
      return false;
    }
    if (!Cues.PHYSICAL.contains(lemma)) {
      return true;
    }
    String type = ctx.speakers.speaker(ctx.trees.get(t.sentence()), source).type();
    return t.pos().equals("PRP") || t.word().equalsIgnoreCase("who") || type.equals(EntityTypes.PERSON)
        || type.equals(EntityTypes.ORGANIZATION);
  }
}

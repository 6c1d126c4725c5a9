package org.dateline.quotes;

import java.util.Locale;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * Attitudes stated with an adjective: "Cruz was critical of Obama's stance", "his supporters are optimistic that
 * he'll make a comeback", "Republicans were willing to go forward", "lawmakers nervous about being tethered to
 * him". PolNeAR annotates these as attributions of the holder, with the adjective as cue and its complement
 * (prepositional object, that- or whether-clause, infinitive) as content. The holder is the adjective's
 * subject, or the noun a reduced adjective phrase describes. A divided opinion in the passive counts too
 * ("the members were split on whether to strike"): its holders are the subject, what it is on the content.
 */
final class StanceAdjective {

  /**
   * Adjectives of emotion, belief and stance that take a complement naming what the attitude is about. Not
   * the adjectives of certainty with an empty "it" ({@link Evidential}) nor raising adjectives ("likely to").
   */
  static final Set<String> ADJECTIVES = Set.of("critical", "skeptical", "sceptical", "supportive", "proud",
      "ashamed", "confident", "optimistic", "pessimistic", "hopeful", "upbeat", "doubtful", "unsure",
      "uncertain", "convinced", "adamant", "worried", "concerned", "nervous", "anxious", "afraid", "fearful",
      "wary", "leery", "distrustful", "suspicious", "mindful", "aware", "unaware", "fond", "tired", "weary",
      "happy", "unhappy", "pleased", "displeased", "glad", "grateful", "thankful", "sorry", "eager", "keen",
      "willing", "unwilling", "reluctant", "hesitant", "determined", "angry", "furious", "upset", "frustrated",
      "disappointed", "incensed", "outraged", "aghast", "dismayed", "alarmed", "troubled", "thrilled",
      "excited", "enthusiastic", "ambivalent", "bitter", "cynical", "outspoken", "vocal", "sympathetic",
      "hostile", "opposed", "receptive", "satisfied", "dissatisfied", "comfortable", "uncomfortable",
      "impressed", "content", "embarrassed", "annoyed", "disgusted", "fed");
  /** Participles of a divided or shared opinion ("voters are split on X"), tagged as verbs or adjectives. */
  private static final Set<String> DIVIDED = Set.of("divided", "split", "united", "unified");
  /** Prepositions that introduce what the attitude is about. */
  private static final Set<String> ABOUT = Set.of("of", "about", "with", "over", "at", "on", "toward",
      "towards", "in", "by", "to");
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "advcl");
  /** Marks of a complement clause; an adverbial clause counts only as an indirect question. */
  private static final Set<String> CLAUSE_MARKS = Set.of("that", "whether", "if", "to");

  private StanceAdjective() {
  }

  /** The row whose cue is adjective {@code t}, or null. */
  static Quote row(QuoteContext ctx, Sentence s, DepTree tree, Token t) {
    String word = t.word().toLowerCase(Locale.ROOT);
    boolean adjective = t.pos().startsWith("JJ") && ADJECTIVES.contains(word);
    boolean divided = (t.pos().startsWith("JJ") || t.pos().equals("VBN")) && DIVIDED.contains(word);
    if (!adjective && !divided || s.section() == Section.HEADLINE) {
      return null;
    }
    int holder = holder(ctx, tree, t.index());
    int[] content = holder < 0 ? null : adjective ? complement(ctx, tree, t.index()) : issue(ctx, tree, t.index());
    if (content == null) {
      return null;
    }
    Quote q = ReportedSpeech.row(ctx, s, tree, content, holder, new Quote.Cue(word, t.start(), t.end()));
    if (q == null || holder > t.index() || tree.head(t.index()) != holder) {
      return q;
    }
    // "lawmakers nervous about the vote": the holder as written stops before the adjective that describes it.
    int first = tree.span(holder, Set.of("amod", "acl", "acl:relcl", "appos", "punct"))[0];
    Quote.Speaker speaker = ctx.speakers.speaker(first, t.index() - 1, holder);
    return q.withSpeaker(speaker, q.cue(), ctx.speakers.how(speaker));
  }

  /**
   * The one who holds the attitude: the subject of a predicative adjective ("X was critical"), or the noun a
   * reduced adjective phrase describes ("lawmakers nervous about ..."). Never an empty "it".
   */
  private static int holder(QuoteContext ctx, DepTree tree, int adjective) {
    int subject = tree.child(adjective, "nsubj");
    subject = subject >= 0 ? subject : tree.child(adjective, "nsubj:pass");
    if (subject >= 0) {
      return ctx.token(subject).word().equalsIgnoreCase("it") ? -1 : subject;
    }
    String rel = tree.relation(adjective);
    int head = tree.head(adjective);
    // "several reasons to be skeptical": a copula without a subject has no holder in reach.
    if (tree.child(adjective, "cop") >= 0) {
      return -1;
    }
    boolean reduced = (rel.equals("amod") || rel.equals("acl")) && head >= 0 && head < adjective
        && (ctx.token(head).pos().startsWith("NN") || ctx.token(head).pos().startsWith("PRP"));
    return reduced ? head : -1;
  }

  /**
   * What opinion is divided on: the phrase or whether-clause after "on" or "over" ("split on whether to run");
   * not where or into what it divides ("split in the caucuses", "divided into two camps").
   */
  private static int[] issue(QuoteContext ctx, DepTree tree, int participle) {
    for (int k : tree.children(participle)) {
      String rel = tree.relation(k);
      if (k < participle || !rel.startsWith("obl") && !rel.equals("advcl") && !rel.equals("ccomp")) {
        continue;
      }
      int[] sub = tree.span(k, Set.of());
      String first = ctx.token(sub[0]).word().toLowerCase(Locale.ROOT);
      if (first.equals("on") || first.equals("over")) {
        return ctx.contentSpan(sub[0] + 1, Asides.end(ctx, tree, sub[0] + 1, sub[1]));
      }
    }
    return null;
  }

  /** What the attitude is about: a clause or infinitive, else a prepositional object right after the adjective. */
  private static int[] complement(QuoteContext ctx, DepTree tree, int adjective) {
    for (int k : tree.children(adjective)) {
      if (k < adjective || !CLAUSES.contains(tree.relation(k))) {
        continue;
      }
      int[] sub = tree.span(k, Set.of());
      int mark = tree.child(k, "mark");
      String marker = mark >= 0 ? ctx.token(mark).word().toLowerCase(Locale.ROOT) : "";
      boolean marked = CLAUSE_MARKS.contains(marker) && (!tree.relation(k).equals("advcl") || marker.equals("whether"));
      // "eager to talk about Trump": an infinitive that is a cue of its own carries the attribution.
      if (marker.equals("to") && Cues.isCue(ctx.token(k).lemma().toLowerCase(Locale.ROOT))) {
        return null;
      }
      if (marked || tree.relation(k).equals("ccomp")) {
        return ctx.contentSpan(sub[0], Asides.end(ctx, tree, sub[0], sub[1]));
      }
    }
    for (int k : tree.children(adjective)) {
      int preposition = tree.child(k, "case");
      if (k < adjective || !tree.relation(k).startsWith("obl") || preposition < 0
          || !ABOUT.contains(ctx.token(preposition).word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int[] sub = tree.span(k, Set.of());
      int first = preposition + 1;
      return ctx.contentSpan(first, Asides.end(ctx, tree, first, sub[1]));
    }
    return null;
  }
}

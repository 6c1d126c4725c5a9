package org.dateline.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.DepTree;
import org.dateline.doc.Token;

/**
 * Finds the predicates of one sentence that the lexicon types: verbs, coded by their most specific matching
 * verb+object pattern or else their default code; eventive nouns governed by a light verb ("held talks", "launched
 * an attack") or by a verb of occurrence ("talks took place"), coded by the noun.
 */
final class TriggerFinder {

  private static final Set<String> NOT_PREDICATES = Set.of("aux", "aux:pass", "cop");
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "csubj");

  private final Lexicon lexicon;

  TriggerFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Trigger> find(DepTree tree) {
    List<Trigger> out = new ArrayList<>();
    for (Token t : tree.sentence().tokens()) {
      if (isVerb(tree, t) && !NOT_PREDICATES.contains(tree.relation(t.index()))) {
        verbTrigger(tree, t.index()).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Trigger> verbTrigger(DepTree tree, int v) {
    String key = key(tree, v);
    String kind = lexicon.verbKind(key);
    if (!kind.isEmpty()) {
      int noun = switch (kind) {
        case "occurrence" -> tree.childExactly(v, "nsubj", "nsubj:pass");
        case "light" -> tree.child(v, "obj");
        default -> tree.childExactly(v, "obj", "nsubj", "nsubj:pass");
      };
      Optional<Trigger> nominal = noun < 0 ? Optional.empty() : nounTrigger(tree, v, noun, kind + " verb " + key);
      if (nominal.isPresent()) {
        return nominal;
      }
    }
    if (!lexicon.knowsVerb(key)) {
      return Optional.empty();
    }
    List<Integer> clause = tree.subtree(v, Clauses.CLAUSAL);
    List<Integer> own = tree.subtree(v, union(Clauses.CLAUSAL, SUBJECTS));
    List<Token> pre = clause.stream().filter(i -> i < v).map(tree::token).toList();
    List<Token> post = own.stream().filter(i -> i > v).map(tree::token).toList();
    Set<Integer> adjuncts = adjuncts(tree, v);
    VerbPattern best = null;
    for (VerbPattern p : lexicon.patterns(key)) {
      if (p.specificity() > 0 && (best == null || p.specificity() > best.specificity())
          && p.matches(pre, post, adjuncts)) {
        best = p;
      }
    }
    if (best != null) {
      return best.code().equals(VerbPattern.NO_EVENT) ? Optional.empty()
          : Optional.of(new Trigger(v, v, v, v, key, best.code(), best.rule(), best.reversed()));
    }
    // A default of --- (dateline-verbs.tsv: "risk") says the verb alone is no event; its patterns still code.
    return lexicon.verb(key).filter(e -> !e.code().equals(VerbPattern.NO_EVENT))
        .map(e -> new Trigger(v, v, v, v, key, e.code(), e.rule()));
  }

  private Optional<Trigger> nounTrigger(DepTree tree, int verb, int head, String why) {
    int noun = head;
    if (lexicon.noun(tree.token(head).lemma().toLowerCase(Locale.ROOT)).isEmpty()) {
      // "the latest round of peace talks", "a wave of strikes": the event is the noun inside the container.
      noun = tree.children(head).stream().filter(k -> tree.relation(k).equals("nmod")
          && tree.caseOf(k).equals("of")).findFirst().orElse(head);
    }
    String lemma = tree.token(noun).lemma().toLowerCase(Locale.ROOT);
    for (int k : tree.children(noun)) {
      String compound = tree.token(k).lemma().toLowerCase(Locale.ROOT) + " " + lemma;
      if (tree.relation(k).equals("compound") && lexicon.noun(compound).isPresent()) {
        lemma = compound;  // "hunger strike" is a protest, "strike" alone an attack
      }
    }
    int n = noun;
    String key = lemma;
    return lexicon.noun(key).map(e -> new Trigger(n, verb, Math.min(verb, n), Math.max(verb, n),
        key, e.code(), e.rule() + " with " + why));
  }

  /** The words of the verb's obliques and adverbials when it has an object (else none: the parse may be off). */
  private static Set<Integer> adjuncts(DepTree tree, int v) {
    Set<Integer> out = new java.util.HashSet<>();
    if (tree.child(v, "obj") >= 0) {
      for (int k : tree.children(v)) {
        String rel = tree.relation(k);
        if (rel.startsWith("obl") || rel.equals("advmod") || rel.equals("nmod:tmod")) {
          out.addAll(tree.subtree(k, Set.of()));
        }
      }
    }
    return out;
  }

  /** A verb, or a word the tagger took for a noun but that has a modal ("they would blockade Paris"). */
  private static boolean isVerb(DepTree tree, Token t) {
    return t.pos().startsWith("VB") || t.pos().startsWith("NN") && tree.children(t.index()).stream()
        .anyMatch(k -> tree.relation(k).equals("aux") && tree.token(k).pos().equals("MD"));
  }

  /** Phrasal verbs are keyed with their particle ("call off"), "take place" with its object. */
  private String key(DepTree tree, int v) {
    String lemma = tree.token(v).lemma().toLowerCase(Locale.ROOT);
    for (int k : tree.children(v)) {
      String w = tree.token(k).lemma().toLowerCase(Locale.ROOT);
      String phrasal = lemma + " " + w;
      boolean particle = tree.relation(k).equals("compound:prt");
      boolean known = lexicon.knowsVerb(phrasal) || !lexicon.verbKind(phrasal).isEmpty();
      if ((particle || tree.relation(k).equals("obj")) && known) {
        return phrasal;
      }
    }
    return lemma;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    java.util.HashSet<String> u = new java.util.HashSet<>(a);
    u.addAll(b);
    return u;
  }
}

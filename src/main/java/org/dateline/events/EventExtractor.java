package org.dateline.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.Coding;
import org.dateline.doc.DepTree;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Event;
import org.dateline.doc.Mention;
import org.dateline.doc.Participant;
import org.dateline.doc.Quote;
import org.dateline.doc.Section;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * The events stage: (document, entity table, quotes) in, coded events out. Only headline and body sentences are
 * read (captions, bylines, the author's bio and page chrome describe the page, not the news). Needs the dependency
 * parse; a document without one gets no events. Thread-safe: the lexicon is immutable.
 */
public final class EventExtractor {

  private static final Set<Section> NEWS = Set.of(Section.HEADLINE, Section.BODY);

  private final Lexicon lexicon;
  private final TriggerFinder triggers;
  private final ActorCoder actors;

  public EventExtractor(Lexicon lexicon, ActorDictionary actors) {
    this.lexicon = lexicon;
    this.triggers = new TriggerFinder(lexicon);
    this.actors = new ActorCoder(actors);
  }

  /** @param said the quotes stage's rows for the same document (empty when the run asked for no quotes) */
  public List<Event> extract(Doc doc, EntityTable entities, List<Quote> said) {
    List<QuoteRef> quotes = QuoteRef.of(doc, said);
    QuoteVoices voices = new QuoteVoices(doc, quotes);
    Map<String, String> codes = new HashMap<>();
    entities.entities().forEach(e -> codes.put(e.entityId(), e.actorCode()));
    List<Event> events = new ArrayList<>();
    Set<String> quotesWithStatement = new HashSet<>();
    Set<Integer> cues = new HashSet<>();
    quotes.forEach(q -> cues.add(q.cueToken()));
    for (Sentence s : doc.sentences()) {
      DepTree tree = new DepTree(s);
      if (!NEWS.contains(s.section()) || !tree.hasParse()) {
        continue;
      }
      for (Trigger t : Clauses.keep(tree, triggers.find(tree), cues)) {
        String act = "";  // a trigger's rows are one act: its dyads share the id of its first row
        for (Event e : events(doc, tree, entities, t, voices, codes)) {
          String quote = quoteOf(e, t, quotes);
          if (e.coding().isStatement() && isCue(t, quotes) && !quotesWithStatement.add(quote)) {
            continue;  // a quote's speech act is at most one statement event
          }
          String id = "ev" + (events.size() + 1);
          act = act.isEmpty() ? id : act;
          events.add(e.withIds(id, quote, act));
        }
      }
    }
    return events;
  }

  private List<Event> events(Doc doc, DepTree tree, EntityTable entities, Trigger found, QuoteVoices voices,
                             Map<String, String> codes) {
    Mood mood = Mood.of(tree, found.verb());
    Optional<Trigger> done = Negation.apply(found, mood);
    if (done.isEmpty()) {
      return List.of();
    }
    Trigger t = Intent.apply(done.get(), mood);
    Coding coding = Intent.plover(lexicon.coding(t.code()).orElseThrow(
        () -> new IllegalStateException("lexicon code " + t.code() + " has no root (" + t.rule() + ")")), mood);
    if (lexicon.withheld().withholds(coding)) {
      return List.of();  // a type too often wrong on the development sets to be coded at all
    }
    Participants roles = new Participants(doc, tree, entities, lexicon);
    Optional<TriggerRoles> heads = TriggerRoles.of(tree, roles, t);
    if (heads.isEmpty()) {
      return List.of();
    }
    Optional<Integer> actorHead = heads.get().actor();
    Optional<Integer> targetHead = heads.get().target();
    int actorIndex = actorHead.orElse(-1);
    boolean report = coding.root().equals("01") && !t.nominal() && Reports.isReport(tree, t.verb());
    if (report && targetHead.isEmpty()) {
      return List.of();  // a report, quoted or not, is a statement only when aimed at someone its content names
    }
    Set<Integer> taken = new HashSet<>(List.of(actorIndex, targetHead.orElse(-1)));
    List<Integer> clause = new ArrayList<>(tree.subtree(t.verb(), Clauses.CLAUSAL));
    if (t.nominal()) {
      clause.addAll(tree.subtree(t.token(), Clauses.CLAUSAL));
      clause.sort(null);
    }
    Setting setting = new Setting(tree, entities);
    Participant place = setting.location(clause, taken).map(roles::phrase).orElse(Participant.NONE);
    Optional<Mention> date = setting.date(clause, t.verb());
    Token first = tree.token(t.first());
    Token last = tree.token(t.last());
    Sentence s = tree.sentence();
    String published = doc.article().published();
    // Date-restricted actor codes ("HOBGOV 950601-990815") hold on the day the article was published.
    Optional<LocalDate> day = DatedCode.isoDay(published);
    List<Event> out = new ArrayList<>();
    boolean diplomatic = DiplomaticParties.isDiplomaticRelation(tree, t.verb());
    for (Dyads.Dyad d : Dyads.of(tree, roles, t.verb(), actorHead, targetHead, coding.root())) {
      if (isUndirectedCooperation(t, coding, d) && !isGroupMeeting(tree, coding, d)) {
        continue;
      }
      Participant target = actors.coded(voices.resolve(d.target()), d.targetRole(), day, codes);
      if (diplomatic && DiplomaticParties.isNoPolity(target, entities)) {
        continue;  // diplomatic relations with a name no dictionary or tagger calls a polity
      }
      out.add(new Event("", s.index(), doc.text(first.start(), last.end()), t.lemma(), first.start(), last.end(),
          coding, actors.coded(voices.resolve(d.actor()), d.actorRole(), day, codes), target, place,
          date.map(Mention::normalized).orElse(published), date.map(Mention::text).orElse(""),
          date.isPresent() ? Event.DATE_FROM_TEXT : published.isEmpty() ? "" : Event.DATE_PUBLISHED,
          mood.negated(), mood.modality(), "", t.rule(), s.section(), doc.text(s.start(), s.end()),
          lexicon.confidence().of(coding, t.rule())));
    }
    return out;
  }

  /**
   * Cooperation (roots 03-08) is always toward someone: a verb coded by its default code alone ("enhance political
   * freedoms", "help with the battle", "vowed to ...") with no one as target is a non-political use of the verb, not
   * an event. A group's joint act ("X and Y met") has each other as target; patterns and eventive nouns say more
   * than the verb, and keep their rows.
   */
  private static boolean isUndirectedCooperation(Trigger t, Coding coding, Dyads.Dyad d) {
    boolean cooperation = coding.root().compareTo("03") >= 0 && coding.root().compareTo("08") <= 0;
    return cooperation && d.target().isEmpty() && !d.joint() && Confidence.kind(t.rule()).equals("verb");
  }

  /** "African leaders met", "Leaders of the African Union negotiated": a plural party meeting or committing among itself. */
  private static boolean isGroupMeeting(DepTree tree, Coding coding, Dyads.Dyad d) {
    return Dyads.RECIPROCAL.contains(coding.root()) && !d.actor().isEmpty()
        && tree.token(d.actor().head()).pos().startsWith("NN") && tree.token(d.actor().head()).pos().endsWith("S");
  }

  private static String quoteOf(Event e, Trigger t, List<QuoteRef> quotes) {
    for (QuoteRef q : quotes) {
      if (q.contains(e.triggerStart()) || q.cueToken() == t.token()) {
        return q.quoteId();
      }
    }
    return "";
  }

  private static boolean isCue(Trigger t, List<QuoteRef> quotes) {
    return quotes.stream().anyMatch(q -> q.cueToken() == t.token());
  }
}

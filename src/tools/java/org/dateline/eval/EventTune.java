package org.dateline.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.config.ActorFiles;
import org.dateline.corenlp.Demonyms;
import org.dateline.devtools.NlpCacheDump;
import org.dateline.doc.Article;
import org.dateline.doc.Dependency;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Event;
import org.dateline.doc.Quote;
import org.dateline.doc.Sentence;
import org.dateline.entities.EntityExtractor;
import org.dateline.events.ActorDictionary;
import org.dateline.events.EventExtractor;
import org.dateline.events.Lexicon;
import org.dateline.quotes.QuoteExtractor;

/**
 * Developer tool (not shipped): scores the events stage on NlpDocs cached by {@link NlpCacheDump}, as
 * {@code eval events|plover} would, in seconds instead of a minute. Args: events|plover gold cache [models-dir]
 * [ids-to-dump,...]; -Dquotes=true adds the quotes stage; -Dactors=FILES and -Dagents=FILES are eval's --actors and
 * --agents. For each listed id (or "errors", "all") it prints the rows and the dependency parse.
 */
public final class EventTune {

  private EventTune() {
  }

  public static void main(String[] args) throws Exception {
    boolean plover = args[0].equals("plover");
    String models = args.length > 3 && !args[3].equals("-") ? args[3] : null;
    Set<String> dump = args.length > 4 ? Set.of(args[4].split(",")) : Set.of();
    EventScorer[] s = score(plover, Path.of(args[1]), Path.of(args[2]), models, dump);
    int inA = s[1].size();
    System.out.println(s[0].report(plover).withHalves(s[1].report(plover), s[2].report(plover), inA,
        s[0].size() - inA).render());
  }

  /**
   * The events stage over the cached parses of {@code gold}'s records, scored as eval would: on all records, on
   * half A and on half B (in that order).
   */
  static EventScorer[] score(boolean plover, Path goldFile, Path cache, String models, Set<String> dump)
      throws Exception {
    Map<String, EventGold> gold = new HashMap<>();
    EventGold.read(goldFile, plover, 0).forEach(g -> gold.put(g.id(), g));
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    EntityExtractor entities = new EntityExtractor(Demonyms.load());
    QuoteExtractor quotes = new QuoteExtractor();
    ActorFiles dictionaries = new ActorFiles(list(System.getProperty("actors", "")),
        list(System.getProperty("agents", "")));
    EventExtractor events = new EventExtractor(Lexicon.load(models), ActorDictionary.load(models, dictionaries));
    boolean withQuotes = Boolean.getBoolean("quotes");
    String label = plover ? "PLOVER type" : "CAMEO root";
    EventScorer[] scorers = {new EventScorer(label), new EventScorer(label), new EventScorer(label)};
    try (BufferedReader in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Doc cached = json.readValue(line, NlpCacheDump.Cached.class).doc();
        EventGold g = gold.get(cached.article().id());
        // eval gives each article the gold date in ISO form, which date-restricted actor codes are resolved against
        Doc doc = new Doc(isoDated(cached.article(), g.date()), cached.sentences(), cached.tokens(),
            cached.spans());
        EntityTable table = entities.extract(doc);
        // eval events runs without the quotes table (-Dquotes=true: as a full extract run does)
        List<Quote> said = withQuotes ? quotes.extract(doc, table) : List.of();
        List<Event> rows = events.extract(doc, table, said);
        List<EventScorer.Predicted> predicted = new ArrayList<>();
        for (Event e : rows) {
          String type = plover ? e.coding().plover() : e.coding().root();
          if (!type.isEmpty() && (!plover || e.firstOfAct())) {
            predicted.add(new EventScorer.Predicted(type, e.coding().code(),
                EventTask.join(e.actor().text(), e.actor().name()),
                EventTask.join(e.target().text(), e.target().name()), e.actor().code(), e.target().code(),
                e.rule()));
          }
        }
        scorers[0].add(g, predicted);
        scorers[EvalTask.inFirstHalf(g.id()) ? 1 : 2].add(g, predicted);
        List<String> types = g.events().stream().map(EventGold.Expected::type).sorted().toList();
        boolean wrong = !types.equals(predicted.stream().map(EventScorer.Predicted::type).sorted().toList());
        if (dump.contains(g.id()) || dump.contains("errors") && wrong || dump.contains("all")) {
          print(doc, g, rows);
        }
      }
    }
    return scorers;
  }

  private static void print(Doc doc, EventGold g, List<Event> rows) {
    System.out.println("== " + g.id() + " gold " + g.events() + "\n   " + g.text());
    for (Event e : rows) {
      System.out.println("   -> " + e.coding().code() + "/" + e.coding().plover() + " " + e.trigger() + " ["
          + e.actor().text() + " " + e.actor().code() + "] -> [" + e.target().text() + " " + e.target().code()
          + "] neg=" + e.negated() + " " + e.modality() + " rule=" + e.rule());
    }
    for (Sentence s : doc.sentences()) {
      for (Dependency d : s.dependencies()) {
        var t = doc.tokens().get(d.dependent());
        String gov = d.governor() < 0 ? "ROOT" : doc.tokens().get(d.governor()).word() + "-" + d.governor();
        System.out.println("     " + t.word() + "-" + d.dependent() + "/" + t.pos() + "/" + t.lemma() + "/"
            + t.ner() + " <-" + d.relation() + "- " + gov);
      }
    }
  }

  private static Article isoDated(Article a, String date) {
    return new Article(a.id(), a.source(), a.title(), a.text(), date, a.dateSource(), a.url(), a.error(),
        a.warning());
  }

  private static List<String> list(String commaSeparated) {
    return commaSeparated.isBlank() ? List.of() : List.of(commaSeparated.split(","));
  }
}

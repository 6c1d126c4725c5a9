package org.dateline.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.dateline.config.ActorFiles;
import org.dateline.config.Extraction;
import org.dateline.config.Options;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Article;
import org.dateline.doc.ArticleResult;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Event;
import org.dateline.doc.Page;
import org.dateline.doc.Quote;
import org.dateline.entities.EntityExtractor;
import org.dateline.events.ActorDictionary;
import org.dateline.events.EntityActors;
import org.dateline.geo.Gazetteer;
import org.dateline.geo.Geocoder;
import org.dateline.identity.AliasTable;
import org.dateline.events.EventExtractor;
import org.dateline.events.Lexicon;
import org.dateline.page.PageSegmenter;
import org.dateline.people.GenderLexicon;
import org.dateline.people.GenderStage;
import org.dateline.quotes.QuoteExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-article function shared by the CLI and any other driver: check, segment the page, annotate,
 * extract. Never throws for a bad article: an exception, a stack overflow, running out of memory or going past
 * the time limit is caught, logged with the article id and returned as a failed result with a one-line reason,
 * so one article cannot stop a run. Thread-safe.
 */
public final class ArticleProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);
  /** CoreNLP's demonyms, read once: the entity stage and the geocoder both turn "Ukrainian" into Ukraine. */
  private static final Map<String, String> DEMONYMS = Demonyms.load();

  private final CoreNlpAnnotator nlp;
  private final Options options;
  private final PageSegmenter segmenter = new PageSegmenter();
  private final EntityExtractor entities;
  private final GenderStage genders;
  private final Geocoder geocoder;
  private final QuoteExtractor quotes;
  private final EventExtractor events;
  private final EntityActors actorCodes;

  /**
   * Fills the tables the options ask for, with an annotator that can: asking for quotes or events of an annotator
   * without the dependency parse is a programming error, not an empty table. The lexicons of a stage are loaded
   * only when it runs.
   */
  public ArticleProcessor(CoreNlpAnnotator nlp, Options options) {
    if (options.needsParse() && !nlp.parses()) {
      throw new IllegalArgumentException("the tables " + Extraction.labels(options.tables()) + " need the "
          + "dependency parse, and this annotator (" + nlp.annotators() + ") does not run it");
    }
    this.nlp = nlp;
    this.options = options;
    this.genders = new GenderStage(GenderLexicon.load(modelsDir(options)));
    Gazetteer gazetteer = Gazetteer.shared(modelsDir(options));
    this.entities = new EntityExtractor(DEMONYMS, gazetteer::wellKnown);
    this.geocoder = new Geocoder(gazetteer, DEMONYMS);
    this.quotes = options.extracts(Extraction.QUOTES) ? new QuoteExtractor() : null;
    // One dictionary for the entities' actor codes and the events' phrases, so both code a name the same way.
    ActorDictionary dictionary = ActorDictionary.load(modelsDir(options), options.actorFiles());
    this.actorCodes = new EntityActors(dictionary);
    this.events = options.extracts(Extraction.EVENTS) ? new EventExtractor(Lexicon.load(modelsDir(options)),
        dictionary) : null;
  }

  /**
   * What can be wrong with the options' own files (a missing or malformed actor dictionary, a malformed name table in
   * the models folder), as a usage error naming the file and line: called before the models load, so a mistake costs
   * nothing.
   */
  public static void checkFiles(Options options) {
    if (!options.actorFiles().equals(ActorFiles.BUNDLED)) {
      ActorDictionary.load(null, options.actorFiles());
    }
    if (!options.modelsDir().isEmpty()) {
      GenderLexicon.load(options.modelsDir());
    }
    AliasTable.check(options.aliasFiles());
    AliasTable.load(options.modelsDir(), options.aliasFiles());
  }

  private static String modelsDir(Options options) {
    return options.modelsDir().isEmpty() ? null : options.modelsDir();
  }

  public ArticleResult process(Article article) {
    long t0 = System.nanoTime();
    if (!article.readable()) {
      LOG.warn("{}: {}", article.source(), article.error());
      return ArticleResult.failed(article, article.error(), 0);
    }
    Optional<String> refusal = ArticleChecks.refusal(article);
    if (refusal.isPresent()) {
      LOG.warn("article {} skipped: {}", article.id(), refusal.get());
      return ArticleResult.failed(article, refusal.get(), 0);
    }
    Article prepared = ArticleChecks.prepared(article, options.maxArticleChars());
    if (!prepared.warning().isEmpty()) {
      LOG.warn("article {} ({}): {}", prepared.id(), prepared.source(), prepared.warning());
    }
    try {
      return TimeLimit.call(() -> analyse(prepared, t0), options.articleTimeout(), "article " + prepared.id());
    } catch (TimeoutException e) {
      long ms = options.articleTimeout().toMillis();
      String reason = "timed out after " + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms") + " (--article-timeout); "
          + "its processing was abandoned; split the article or raise the limit";
      return failed(prepared, reason, t0);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String hint = e instanceof OutOfMemoryError ? "; lower --max-article-chars or give Java more memory (-Xmx)" : "";
      String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + hint;
      LOG.debug("stack trace for article {}", article.id(), e);
      return failed(prepared, reason, t0);
    }
  }

  private ArticleResult analyse(Article article, long t0) {
    Page page = segmenter.segment(article);
    Article titled = article.withTitle(page.title());
    Doc doc = nlp.annotate(titled, page.segments());
    EntityTable geocoded = geocoder.geocode(doc.article().text(), genders.assign(doc, entities.extract(doc)));
    // After geocoding: a place the dictionaries do not know takes the country it was put in.
    EntityTable table = actorCodes.code(doc, geocoded);
    List<Quote> said = quotes == null ? List.of() : quotes.extract(doc, table);
    // A speech act that is a quote row becomes at most one statement event, linked to it.
    List<Event> coded = events == null ? List.of() : events.extract(doc, table, said);
    // Places named by adjectives or inside other names go to the tables, not to the quote and event stages; a
    // place entity they add takes its actor code like any other (the codes of the others do not change).
    table = actorCodes.code(doc, geocoder.withPlaceWords(doc, table));
    // The annotator's article: it carries the warning when long sentences were cut.
    return new ArticleResult(doc.article(), page.segments(), "", doc.sentences().size(), doc.tokens().size(), table, said,
        coded, millisSince(t0));
  }

  private static ArticleResult failed(Article article, String reason, long t0) {
    String oneLine = reason.replaceAll("\\s+", " ");
    if (Thread.currentThread().isInterrupted()) {
      // The run is being stopped (aborted or signalled) and discards this result: a warning would contradict it.
      return ArticleResult.failed(article, oneLine, millisSince(t0));
    }
    LOG.warn("article {} ({}) failed and was skipped: {}", article.id(), article.source(), oneLine);
    return ArticleResult.failed(article, oneLine, millisSince(t0));
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}

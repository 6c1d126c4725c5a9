package org.dateline.run;

import org.dateline.config.ArticleLimits;
import org.dateline.config.Options;
import org.dateline.doc.ArticleResult;

import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.dateline.doc.Article;
import org.dateline.page.PageSegmenter;
import org.dateline.doc.Page;
import org.dateline.entities.EntityExtractor;
import org.dateline.doc.EntityTable;
import org.dateline.events.ActorDictionary;
import org.dateline.config.ActorFiles;
import org.dateline.doc.Event;
import org.dateline.events.EventExtractor;
import org.dateline.events.Lexicon;
import org.dateline.events.QuoteRef;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.doc.Doc;
import org.dateline.doc.Quote;
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

  private final CoreNlpAnnotator nlp;
  private final ArticleLimits limits;
  private final PageSegmenter segmenter = new PageSegmenter();
  private final EntityExtractor entities = new EntityExtractor();
  private final QuoteExtractor quotes;
  private final EventExtractor events;

  /** Every table the annotator allows: quotes and events when it parses, entities always. */
  public ArticleProcessor(CoreNlpAnnotator nlp) {
    this(nlp, ArticleLimits.DEFAULT, Options.ALL_TABLES, ActorFiles.BUNDLED);
  }

  /**
   * Fills the {@code tables} asked for ({@link Options#QUOTES}, {@link Options#EVENTS}; entities always). Quotes and
   * events need the dependency parse: without it, or not asked for, no lexicon is loaded and nothing is extracted.
   * Events code their actors with the dictionaries of {@code actorFiles}.
   */
  public ArticleProcessor(CoreNlpAnnotator nlp, ArticleLimits limits, Set<String> tables, ActorFiles actorFiles) {
    this.nlp = nlp;
    this.limits = limits;
    boolean parsed = nlp.settings().parse();
    this.quotes = parsed && tables.contains(Options.QUOTES) ? new QuoteExtractor() : null;
    this.events = parsed && tables.contains(Options.EVENTS)
        ? new EventExtractor(Lexicon.load(nlp.settings().modelsDir()),
            ActorDictionary.load(nlp.settings().modelsDir(), actorFiles)) : null;
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
    Article prepared = ArticleChecks.prepared(article, limits.maxChars());
    if (!prepared.warning().isEmpty()) {
      LOG.warn("article {} ({}): {}", prepared.id(), prepared.source(), prepared.warning());
    }
    try {
      return TimeLimit.call(() -> analyse(prepared, t0), limits.timeLimit(), "article " + prepared.id());
    } catch (TimeoutException e) {
      long ms = limits.timeLimit().toMillis();
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
    EntityTable table = entities.extract(doc);
    List<Quote> said = quotes == null ? List.of() : quotes.extract(doc, table);
    // A speech act that is a quote row becomes at most one statement event, linked to it.
    List<Event> coded = events == null ? List.of() : events.extract(doc, table, QuoteRef.of(doc, said));
    return new ArticleResult(titled, page.segments(), "", doc.sentences().size(), doc.tokens().size(), table, said,
        coded, millisSince(t0));
  }

  private static ArticleResult failed(Article article, String reason, long t0) {
    String oneLine = reason.replaceAll("\\s+", " ");
    LOG.warn("article {} ({}) failed and was skipped: {}", article.id(), article.source(), oneLine);
    return ArticleResult.failed(article, oneLine, millisSince(t0));
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}

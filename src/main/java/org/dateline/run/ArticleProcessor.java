package org.dateline.run;

import java.util.List;
import org.dateline.article.Article;
import org.dateline.article.PageSegmenter;
import org.dateline.article.Section;
import org.dateline.article.Segment;
import org.dateline.entities.EntityExtractor;
import org.dateline.entities.EntityTable;
import org.dateline.events.Event;
import org.dateline.events.EventExtractor;
import org.dateline.events.Lexicon;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpDoc;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-article function shared by the CLI and any other driver: segment the page, annotate, extract.
 * Never throws for a bad article: whatever goes wrong is caught, logged with the article id and returned as a
 * failed result, so one article cannot stop a run. Thread-safe.
 */
public final class ArticleProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);

  private final CoreNlpAnnotator nlp;
  private final PageSegmenter segmenter = new PageSegmenter();
  private final EntityExtractor entities = new EntityExtractor();
  private final EventExtractor events;

  public ArticleProcessor(CoreNlpAnnotator nlp) {
    this(nlp, true);
  }

  /** With {@code codeEvents} false, or without the parse (entities only), no lexicon is loaded and no event coded. */
  public ArticleProcessor(CoreNlpAnnotator nlp, boolean codeEvents) {
    this.nlp = nlp;
    this.events = codeEvents && nlp.settings().parse()
        ? new EventExtractor(Lexicon.load(nlp.settings().modelsDir())) : null;
  }

  public ArticleResult process(Article article) {
    long t0 = System.nanoTime();
    if (!article.readable()) {
      LOG.warn("{}: {}", article.source(), article.error());
      return ArticleResult.failed(article, article.error(), 0);
    }
    try {
      List<Segment> segments = segmenter.segment(article.text(), article.title());
      Article titled = article.title().isEmpty() ? withHeadline(article, segments) : article;
      NlpDoc doc = nlp.annotate(titled, segments);
      EntityTable table = entities.extract(doc);
      // Quotes plug in here when the quotes stage lands: pass its rows as QuoteRefs instead of List.of().
      List<Event> coded = events == null ? List.of() : events.extract(doc, table, List.of());
      return new ArticleResult(titled, segments, "", doc.sentences().size(), doc.tokens().size(), table,
          millisSince(t0), coded);
    } catch (RuntimeException | StackOverflowError e) {
      String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
      LOG.warn("article {} ({}) failed and was skipped: {}", article.id(), article.source(), reason);
      LOG.debug("stack trace for article {}", article.id(), e);
      return ArticleResult.failed(article, reason.replaceAll("\\s+", " "), millisSince(t0));
    }
  }

  /** For inputs without a title (plain text), the headline the segmenter found is the title. */
  private static Article withHeadline(Article a, List<Segment> segments) {
    for (Segment s : segments) {
      if (s.section() == Section.HEADLINE) {
        String title = a.text().substring(s.start(), s.end()).strip();
        return new Article(a.id(), a.source(), title, a.text(), a.published(), a.dateSource(), a.url(), "");
      }
    }
    return a;
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }
}

package org.dateline.run;

import java.util.List;
import java.util.Set;
import org.dateline.article.Article;
import org.dateline.article.PageSegmenter;
import org.dateline.article.Section;
import org.dateline.article.Segment;
import org.dateline.entities.EntityExtractor;
import org.dateline.entities.EntityTable;
import org.dateline.nlp.CoreNlpAnnotator;
import org.dateline.nlp.NlpDoc;
import org.dateline.quotes.Quote;
import org.dateline.quotes.QuoteExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-article function shared by the CLI and any other driver: segment the page, annotate, extract entities
 * and (when asked) quotes.
 * Never throws for a bad article: whatever goes wrong is caught, logged with the article id and returned as a
 * failed result, so one article cannot stop a run. Thread-safe.
 */
public final class ArticleProcessor {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleProcessor.class);

  private final CoreNlpAnnotator nlp;
  private final PageSegmenter segmenter = new PageSegmenter();
  private final EntityExtractor entities = new EntityExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final boolean withQuotes;

  /** Extracts quotes when the annotator parses (the run asked for them), entities always. */
  public ArticleProcessor(CoreNlpAnnotator nlp) {
    this(nlp, nlp.settings().parse() ? Extraction.ALL : Set.of(Extraction.ENTITIES));
  }

  public ArticleProcessor(CoreNlpAnnotator nlp, Set<Extraction> extractions) {
    this.nlp = nlp;
    this.withQuotes = extractions.contains(Extraction.QUOTES);
    if (withQuotes && !nlp.settings().parse()) {
      throw new IllegalArgumentException("quotes need an annotator with the dependency parse");
    }
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
      List<Quote> found = withQuotes ? quotes.extract(doc, table) : List.of();
      return new ArticleResult(titled, segments, "", doc.sentences().size(), doc.tokens().size(), table, found,
          millisSince(t0));
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

package org.dateline.input;

import java.time.LocalDate;
import java.util.Optional;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides each article's publication date, most trustworthy source first: what the input itself says
 * (JSONL/CSV {@code date}, HTML meta tags), then the date the user gave on the command line, then a date found
 * in the opening of the text. Recording which one won ({@code dateSource}) lets users judge relative dates
 * ("yesterday") resolved against it.
 */
public final class PublicationDateResolver {

  public static final String FROM_INPUT = "input";
  public static final String FROM_OPTION = "option";
  public static final String FROM_TEXT = "text";
  /** A web archive's fetch date, for a page that names no date of its own: better than none, worse than the text's. */
  public static final String FROM_FETCH = "fetched";

  private static final Logger log = LoggerFactory.getLogger(PublicationDateResolver.class);

  private final PublicationDateFinder finder = new PublicationDateFinder();
  private final LocalDate optionDate;

  /**
   * @param optionDate the {@code --date} value as typed, or null/blank when not given
   * @throws UsageException when the option is given but is not a date, since every article would be affected
   */
  public PublicationDateResolver(String optionDate) {
    if (optionDate == null || optionDate.isBlank()) {
      this.optionDate = null;
    } else {
      this.optionDate = finder.parseInputDate(optionDate).orElseThrow(() -> new UsageException(
          "--date " + optionDate + " is not a date; give it as yyyy-MM-dd, e.g. 2024-01-31"));
    }
  }

  /**
   * The article with its final date. Readers leave the input's own date, unparsed, in {@code published} with
   * dateSource {@code input}; an unparseable one is dropped here and the next source is tried.
   */
  public Article resolve(Article article) {
    if (!article.readable()) {
      return article;
    }
    if (FROM_INPUT.equals(article.dateSource()) && !article.published().isBlank()) {
      Optional<LocalDate> given = finder.parseInputDate(article.published());
      if (given.isPresent()) {
        return article.withPublished(given.get().toString(), FROM_INPUT);
      }
      log.debug("{}: ignoring unparseable date '{}'", article.source(), article.published());
    }
    if (optionDate != null) {
      return article.withPublished(optionDate.toString(), FROM_OPTION);
    }
    boolean fetched = FROM_FETCH.equals(article.dateSource()) && !article.published().isBlank();
    return finder.find(article.text())
        .map(date -> article.withPublished(date.toString(), FROM_TEXT))
        .orElseGet(() -> fetched ? article : article.withPublished("", ""));
  }
}

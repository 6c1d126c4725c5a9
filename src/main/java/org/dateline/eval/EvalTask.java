package org.dateline.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dateline.config.Extraction;
import org.dateline.doc.Article;
import org.dateline.input.PublicationDateResolver;

/**
 * One gold set scored one way. {@link Evaluation} runs {@code extract} over {@link #articles} into a tables folder;
 * the task then reads the tables back (with {@code table.TableReader}) and scores them, so what is scored is
 * exactly what a user gets.
 */
interface EvalTask {

  /** What {@code extract} must fill for this task. */
  Set<Extraction> needs();

  /** Every gold document as an article (its own date as the publication date, when the gold has one). */
  List<Article> articles();

  /** Scores the tables in {@code tables}, listing the first {@code errors} errors. */
  default Report score(Path tables, int errors) {
    return score(tables, errors, id -> true).orElseThrow();
  }

  /**
   * Scores only the gold documents whose id {@code documents} accepts, listing the first {@code errors} errors;
   * empty for a task that splits its figures itself (people, geo) or has no such documents (html). {@link Halves}
   * calls it for the whole set and for each fixed half, so every task's halves are computed in one place.
   */
  default Optional<Report> score(Path tables, int errors, Predicate<String> documents) {
    return Optional.empty();
  }

  /**
   * The fixed dev-set half a gold document belongs to, by its id's hash: a change is kept only when it holds on
   * both halves, so every task that reports halves splits the same way.
   */
  static boolean inFirstHalf(String documentId) {
    return Math.floorMod(documentId.hashCode(), 2) == 0;
  }

  /** A gold document as an article: its own date, when it has one, is the publication date. */
  static Article goldArticle(String id, String text, String date) {
    String published = date == null ? "" : date;
    return new Article(id, "gold:" + id, "", text, published,
        published.isEmpty() ? "" : PublicationDateResolver.FROM_INPUT, "", "");
  }

  /** Plain CoreNLP on the same documents, where the task has such a baseline. */
  default Optional<Report> baseline() {
    return Optional.empty();
  }
}

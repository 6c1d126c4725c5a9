package org.dateline.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dateline.doc.Article;

/**
 * Every figure on the whole dev set and on its two fixed halves (by document id hash, {@link EvalTask#inFirstHalf}):
 * the one place that splits, so no task copies it. A change is kept only when it helps, or does not hurt, both.
 */
final class Halves {

  private Halves() {
  }

  /** The task's report on all documents, with its rows and figures on each half beside them. */
  static Report score(EvalTask task, Path tables, int errors) {
    Optional<Report> whole = task.score(tables, errors, id -> true);
    if (whole.isEmpty()) {
      return task.score(tables, errors);  // the task reports its halves itself, or has none
    }
    List<String> ids = task.articles().stream().map(Article::id).toList();
    int inA = (int) ids.stream().filter(EvalTask::inFirstHalf).count();
    Report a = task.score(tables, 0, EvalTask::inFirstHalf).orElseThrow();
    Report b = task.score(tables, 0, id -> !EvalTask.inFirstHalf(id)).orElseThrow();
    return whole.get().withHalves(a, b, inA, ids.size() - inA);
  }
}

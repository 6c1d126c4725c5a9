package org.dateline.input;

import java.util.ArrayList;
import java.util.List;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;

/**
 * The check that a run's inputs hold at least one readable article, and the message when they do not: which
 * files were skipped and why, and the first reasons articles could not be read, so the user sees at once that
 * the folder holds .pdf files or that every record lacks its text field.
 */
final class NoReadableArticle {

  /** Reasons shown in full; the rest are counted. */
  private static final int SHOWN = 5;

  private NoReadableArticle() {
  }

  static void check(List<InputFile> files, List<String> skipped, FileArticles reader) {
    List<String> unreadable = new ArrayList<>();
    long failed = 0;
    for (InputFile file : files) {
      try (ArticleSource source = reader.open(file)) {
        while (source.hasNext()) {
          Article a = source.next();
          if (a.readable()) {
            return;
          }
          failed++;
          if (unreadable.size() < SHOWN) {
            unreadable.add(a.id() + ": " + a.error());
          }
        }
      }
    }
    StringBuilder m = new StringBuilder("the inputs hold no readable article, so nothing was processed");
    if (files.isEmpty() && skipped.isEmpty()) {
      m.append("; the folders named hold no files");
    }
    if (!skipped.isEmpty()) {
      m.append("; ").append(skipped.size()).append(skipped.size() == 1 ? " file" : " files")
          .append(" skipped: ").append(listed(skipped, skipped.size()));
    }
    if (files.size() > 0 && failed == 0) {
      m.append("; ").append(files.size()).append(files.size() == 1 ? " file holds" : " files hold")
          .append(" no records: ").append(listed(files.stream().map(InputFile::source).toList(), files.size()));
    }
    if (failed > 0) {
      m.append("; ").append(failed).append(failed == 1 ? " input" : " inputs").append(" could not be read: ")
          .append(listed(unreadable, failed));
    }
    throw new UsageException(m.append(". Dateline reads ").append(InputFormat.SUPPORTED)
        .append("; check the paths, and for JSON or CSV records the --text-column and other field options")
        .toString());
  }

  private static String listed(List<String> items, long total) {
    List<String> shown = items.subList(0, Math.min(SHOWN, items.size()));
    return String.join("; ", shown) + (total > shown.size() ? "; and " + (total - shown.size()) + " more" : "");
  }
}

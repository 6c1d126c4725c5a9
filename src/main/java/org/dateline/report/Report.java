package org.dateline.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.dateline.config.Options;
import org.dateline.output.OutputFolder;
import org.dateline.output.RunTally;

/**
 * {@code report.html}: one self-contained page (inline style, script and SVG; nothing fetched) that shows a finished
 * run — overview, people, organizations, places, quotes, events, dates, the first articles in full and the run
 * record. It reads the tables back row by row and keeps only bounded top lists, so its size and memory do not
 * grow with the run; a section whose table is empty does not appear.
 */
public final class Report {

  /** What was written: the file, its size, and the run's counts (for the end-of-run lines). */
  public record Written(Path file, long bytes, RunTally tally) {
  }

  private Report() {
  }

  /** Writes {@code dir/report.html} from the tables in {@code dir} (via a temporary file and an atomic rename). */
  public static Written write(Path dir) {
    RunTally tally = RunTally.of(dir);
    ArticleIndex index = ArticleIndex.firstOf(dir, Options.REPORT_ARTICLES);
    EntitySection entities = EntitySection.read(dir);
    List<String[]> sections = new ArrayList<>();
    sections.add(new String[] {"overview", "Overview", RunSection.overview(tally, index)});
    if (entities.has("PERSON")) {
      sections.add(new String[] {"people", "People",
          entities.top("PERSON", "Most mentioned people (by articles)")
              + (entities.hasQuoted() ? entities.quoted() : "")});
    }
    optional(sections, "gender", "Women and men", GenderSection.render(dir));
    if (entities.has("ORGANIZATION")) {
      sections.add(new String[] {"organizations", "Organizations",
          entities.top("ORGANIZATION", "Most mentioned organizations (by articles)")});
    }
    if (entities.has("LOCATION")) {
      sections.add(new String[] {"places", "Places", entities.top("LOCATION", "Most mentioned places (by articles)")
          + MapSection.render(dir)});
    }
    optional(sections, "quotes", "Quotes", QuoteSection.render(dir, index));
    optional(sections, "events", "Events", EventSection.render(dir));
    sections.add(new String[] {"dates", "Dates", TimelineSection.render(dir)});
    if (!index.rows().isEmpty()) {
      sections.add(new String[] {"articles", "Articles", ArticleViews.render(dir, index)});
    }
    optional(sections, "run", "Run record", RunSection.record(dir));
    String intro = "<p>Made by Dateline from the tables in this folder. Lists show the top "
        + EntitySection.TOP + "; the quote browser the first " + QuoteSection.LIMIT + " quotes; the article views "
        + "the first " + Options.REPORT_ARTICLES + " articles. The CSV tables hold everything.</p>";
    byte[] html = Page.of("Dateline report: " + dir.toAbsolutePath().normalize().getFileName(), intro, sections)
        .getBytes(StandardCharsets.UTF_8);
    Path target = dir.resolve(OutputFolder.REPORT_FILE);
    Path tmp = dir.resolve(OutputFolder.REPORT_FILE + ".tmp");
    try {
      Files.write(tmp, html);
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": check that the folder is writable", e);
    }
    return new Written(target, html.length, tally);
  }

  private static void optional(List<String[]> sections, String id, String title, String body) {
    if (!body.isEmpty()) {
      sections.add(new String[] {id, title, body});
    }
  }
}

package org.dateline.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.dateline.output.RunRecord;
import org.dateline.output.TableWriters;
import org.dateline.report.Chromium;
import org.dateline.report.Report;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report of real runs: the bundled samples (each section's count matches its table; loads in headless Chromium
 * with no error and no request, when Chromium is installed) and the seed article (its view marks the quotes
 * with Zelensky as speaker). Screenshots of each section go to target/report-screenshots/.
 */
@Tag("model")
class ReportOfRunTest {

  private static final Pattern ZELENSKY_QUOTE =
      Pattern.compile("class=\"q\" title=\"quote q\\d+ \\(\\w+\\), speaker: [^\"]*Zelensky");

  @TempDir
  Path seedDir;

  @Test
  void samplesReportMatchesTheTables() throws IOException {
    SampleTables.run();
    Path dir = SampleTables.DIR;
    assertTrue(Files.isRegularFile(dir.resolve(RunRecord.FILE_NAME)), "run.json is published with the tables");
    String html = Files.readString(Report.write(dir).file(), StandardCharsets.UTF_8);
    assertTrue(html.contains("id=\"fig-articles-read\">" + rows(dir, Table.ARTICLES) + "<"));
    for (Table t : Table.values()) {
      assertTrue(html.contains("<td>" + t.fileName() + "</td><td>" + rows(dir, t) + "</td>"), t.fileName());
    }
    assertTrue(html.contains("<p>" + rows(dir, Table.QUOTES) + " quotes in all"), "quote count");
    assertTrue(html.contains("<p>" + rows(dir, Table.EVENTS) + " events.</p>"), "event count");
    assertTrue(html.contains("<section id=\"run\""), "the run record is shown");
    Chromium chromium = Chromium.require();
    String dom = chromium.dom(dir.resolve("report.html"), "");
    assertTrue(dom.contains("data-ready=\"yes\""));
    assertFalse(dom.contains("data-js-errors"));
    assertFalse(dom.contains("data-blocked"));
    for (String section : new String[] {"overview", "people", "organizations", "places", "quotes", "events",
        "dates", "articles", "run"}) {
      chromium.screenshot(dir.resolve("report.html"), "only=" + section,
          Path.of("target", "report-screenshots", "samples-" + section + ".png"));
    }
  }

  @Test
  void seedArticleViewMarksZelenskyQuotes() throws IOException {
    SeedArticle.assumePresent();
    try (TableWriters out = new TableWriters(seedDir, false)) {
      out.write(SeedArticle.result());
    }
    Path page = Report.write(seedDir).file();
    assertTrue(ZELENSKY_QUOTE.matcher(Files.readString(page, StandardCharsets.UTF_8)).find());
    String dom = Chromium.require().dom(page, "q=Zelensky");
    assertTrue(ZELENSKY_QUOTE.matcher(dom).find(), "the browser shows the marks");
    assertFalse(dom.contains("<output id=\"quote-shown\">0</output>"), "the search finds Zelensky's quotes");
  }

  private static long rows(Path dir, Table t) {
    try (TableReader r = TableReader.open(dir, t)) {
      long n = 0;
      for (; r.hasNext(); r.next()) {
        n++;
      }
      return n;
    }
  }
}

package org.dateline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.table.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTest {

  @TempDir
  Path dir;

  private String report() throws IOException {
    ReportFixture.write(dir);
    Report.Written w = Report.write(dir);
    assertEquals(dir.resolve("report.html"), w.file());
    String html = Files.readString(w.file(), StandardCharsets.UTF_8);
    assertEquals(html.getBytes(StandardCharsets.UTF_8).length, w.bytes());
    return html;
  }

  @Test
  void overviewCountsTheTables() throws IOException {
    String html = report();
    assertTrue(html.contains("id=\"fig-articles-read\">3<"), "articles read");
    assertTrue(html.contains("id=\"fig-ok\">2<"), "ok");
    assertTrue(html.contains("id=\"fig-failed\">1<"), "failed");
    assertTrue(html.contains("article timed out after 300 s"), "the failure reason");
    assertTrue(html.contains("<td>mentions.csv</td><td>5</td>"), "rows per table");
  }

  @Test
  void everySectionWithDataIsThere() throws IOException {
    String html = report();
    for (String id : new String[] {"overview", "people", "organizations", "places", "quotes", "events", "dates",
        "articles", "run"}) {
      assertTrue(html.contains("<section id=\"" + id + "\""), id);
    }
    assertTrue(html.contains("Volodymyr Zelensky"));
    assertTrue(html.contains("036") || html.contains("03 express intent to cooperate"), "CAMEO root");
  }

  @Test
  void sectionsOfEmptyTablesAreLeftOut() throws IOException {
    ReportFixture.write(dir);
    ReportFixture.table(dir, Table.EVENTS);
    ReportFixture.table(dir, Table.QUOTES);
    Files.delete(dir.resolve("run.json"));
    String html = Files.readString(Report.write(dir).file(), StandardCharsets.UTF_8);
    assertFalse(html.contains("<section id=\"events\""));
    assertFalse(html.contains("<section id=\"quotes\""));
    assertFalse(html.contains("<section id=\"run\""));
    assertTrue(html.contains("<section id=\"people\""));
  }

  @Test
  void womenAndMenAreCountedFromTheArticlesCounts() throws IOException {
    String html = report();
    assertTrue(html.contains("<section id=\"gender\""));
    assertTrue(html.contains("<td>people mentioned (distinct per article)</td><td>1</td><td>1</td><td>0</td>"
        + "<td>50.0 %</td>"), "one woman, one man mentioned");
    assertTrue(html.contains("<td>people quoted (distinct per article)</td><td>0</td><td>1</td><td>1</td>"
        + "<td>0.0 %</td>"), "one man and one unknown quoted");
    assertTrue(html.contains("<td>quotes by a named person</td><td>0</td><td>1</td><td>1</td>"));
  }

  @Test
  void placesWithCoordinatesAreMapped() throws IOException {
    String html = report();
    // Kyiv at 50.45 N, 30.52 E in the 720 x 360 equirectangular frame of the outline: x = 2 (lon + 180).
    assertTrue(html.contains("<circle class=\"place\" cx=\"421.0\" cy=\"79.1\""), "Kyiv");
    assertTrue(html.contains("<title>Ukraine: 1 articles</title>"));
    assertTrue(html.contains("<rect class=\"event\""), "the event placed at Kyiv");
    assertTrue(html.contains("<path class=\"land\" d=\"M"), "the world outline");
  }

  @Test
  void withoutCoordinatesThereIsNoMap() throws IOException {
    ReportFixture.write(dir);
    ReportFixture.table(dir, Table.CORPUS_ENTITIES, List.of("LOCATION:kyiv", "LOCATION", "Kyiv", "1", "1", "0", "",
        "", "", "", "", "", ""));
    String html = Files.readString(Report.write(dir).file(), StandardCharsets.UTF_8);
    assertTrue(html.contains("<section id=\"places\""));
    assertFalse(html.contains("class=\"map\""));
  }

  @Test
  void withoutKnownGenderThereIsNoGenderSection() throws IOException {
    ReportFixture.write(dir);
    ReportFixture.table(dir, Table.ARTICLES);
    assertFalse(Files.readString(Report.write(dir).file(), StandardCharsets.UTF_8).contains("id=\"gender\""));
  }

  @Test
  void dataIsEscaped() throws IOException {
    String html = report();
    assertFalse(html.contains("<script>alert"), "a name with markup stays text");
    assertFalse(html.contains("<img"), "a quote with markup stays text");
    assertFalse(html.contains("<b>news"), "a title with markup stays text");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void nothingIsFetched() throws IOException {
    String html = report();
    assertFalse(Pattern.compile("(?i)(src|href)\\s*=\\s*\"?(https?:|//)").matcher(html).find(), "no external URL");
    assertFalse(html.contains("<link"), "no external style sheet");
    assertTrue(html.contains("default-src 'none'"), "a policy that forbids any request");
  }

  @Test
  void articleViewMarksQuotesAndSpeakersAndLinksFromTheQuoteBrowser() throws IOException {
    String html = report();
    assertTrue(html.contains("<article id=\"art-1\""));
    assertTrue(html.contains("class=\"q\" title=\"quote q1 (direct), speaker: Volodymyr Zelensky\">"
        + "&quot;We will hold,&quot;</span>"), "the quote's exact span, with its speaker");
    assertTrue(html.contains("class=\"spk\""), "the speaker is marked");
    assertTrue(html.contains("class=\"trg\""), "the event trigger is marked");
    assertTrue(html.contains("<a href=\"#art-1\">a1</a>"), "rows link to the article view");
  }
}

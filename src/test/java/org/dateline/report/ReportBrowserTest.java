package org.dateline.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report of the hand-written folder in a real browser (headless Chromium; skipped when it is not installed):
 * the script runs without error, nothing is requested, the quote browser filters. Screenshots of each section go
 * to target/report-screenshots/.
 */
@Tag("browser")
class ReportBrowserTest {

  private static final Path SHOTS = Path.of("target", "report-screenshots");

  @TempDir
  static Path dir;
  static Path page;

  @BeforeAll
  static void write() throws IOException {
    ReportFixture.write(dir);
    page = Report.write(dir).file();
  }

  /** The DOM after loading: the script finished, raised nothing, and the page asked for nothing. */
  static void assertLoadedCleanly(String dom) {
    assertTrue(dom.contains("data-ready=\"yes\""), "the script ran to its end");
    assertFalse(dom.contains("data-js-errors"), "no script error");
    assertFalse(dom.contains("data-blocked"), "no request (the policy would have blocked and recorded it)");
  }

  @Test
  void loadsWithoutErrorsOrRequests() throws IOException {
    Chromium chromium = Chromium.require();
    String dom = chromium.dom(page, "");
    assertLoadedCleanly(dom);
    assertTrue(dom.contains("<section id=\"quotes\""));
    for (String section : new String[] {"overview", "people", "quotes", "events", "articles"}) {
      chromium.screenshot(page, "only=" + section, SHOTS.resolve("fixture-" + section + ".png"));
    }
  }

  /** The checks above can fail: a page with a broken script and an outside image is caught by both. */
  @Test
  void wouldSeeAnErrorAndARequest() throws IOException {
    Chromium chromium = Chromium.require();
    Path broken = dir.resolve("broken.html");
    Files.writeString(broken, Files.readString(page).replace("<main>",
        "<main><img src=\"http://127.0.0.1:9/x.png\" alt=\"\"><script>noSuchFunction();</script>"));
    String dom = chromium.dom(broken, "");
    assertTrue(dom.contains("data-js-errors"), "the script error is recorded");
    assertTrue(dom.contains("data-blocked"), "the request is blocked and recorded");
  }

  @Test
  void aQuotedPersonOpensTheirQuotes() throws IOException {
    String html = Files.readString(page);
    assertTrue(html.contains("<a href=\"#q=Volodymyr%20Zelensky\">Volodymyr Zelensky</a>"));
    String dom = Chromium.require().dom(page, "q=Volodymyr%20Zelensky");
    assertLoadedCleanly(dom);
    assertTrue(dom.contains("<output id=\"quote-shown\">1</output>"), "Zelensky's one quote");
  }

  @Test
  void searchFiltersTheQuoteBrowser() throws IOException {
    String dom = Chromium.require().dom(page, "q=hold");
    assertLoadedCleanly(dom);
    assertTrue(dom.contains("<output id=\"quote-shown\">1</output>"), "one of two quotes matches");
    assertTrue(dom.contains("<tr hidden=\"\">"), "the other is hidden");
  }
}

package org.dateline.page;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PageSegmenterTest {

  private static final Path SEED = Path.of("../shared/data/seed");

  private final PageSegmenter seg = new PageSegmenter();

  // ------------------------------------------------------------------ helpers

  /** Checks the structural contract and returns the segments. */
  private List<Segment> run(String text, String title) {
    List<Segment> out = seg.segment(text, title).segments();
    assertNotNull(out);
    int prevEnd = 0;
    for (Segment s : out) {
      assertTrue(s.start() >= prevEnd, "ordered, non-overlapping: " + out);
      assertTrue(s.end() <= text.length(), "within bounds");
      assertTrue(s.end() > s.start(), "non-empty");
      String sub = text.substring(s.start(), s.end());
      assertEquals(sub.strip(), sub, "trimmed: [" + sub + "]");
      prevEnd = s.end();
    }
    // every non-blank line is inside exactly one segment, and each segment holds whole lines
    int pos = 0;
    for (String line : text.split("\r\n|\r|\n", -1)) {
      String t = line.strip();
      if (!t.isEmpty()) {
        int a = pos + line.indexOf(t);
        int b = a + t.length();
        long covering = out.stream().filter(s -> s.start() <= a && b <= s.end()).count();
        assertEquals(1, covering, "line covered once: " + t);
      }
      pos += line.length();
      if (pos < text.length() && text.charAt(pos) == '\r') {
        pos++;
      }
      if (pos < text.length() && text.charAt(pos) == '\n') {
        pos++;
      }
    }
    return out;
  }

  private static Section sectionOf(List<Segment> segs, String text, String lineStart) {
    int at = text.indexOf(lineStart);
    assertTrue(at >= 0, "not in text: " + lineStart);
    for (Segment s : segs) {
      if (s.contains(at)) {
        return s.section();
      }
    }
    throw new AssertionError("not covered: " + lineStart);
  }

  private static List<Section> sections(List<Segment> segs) {
    List<Section> out = new ArrayList<>();
    segs.forEach(s -> out.add(s.section()));
    return out;
  }

  // ------------------------------------------------------------------ seed article vs gold.json

  @Test
  void seedArticleMatchesGold() throws IOException {
    Path txt = SEED.resolve("kyiv-independent-2026-01-30.txt");
    Path gold = SEED.resolve("gold.json");
    assumeTrue(Files.isRegularFile(txt) && Files.isRegularFile(gold), "seed data not present");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    String json = Files.readString(gold, StandardCharsets.UTF_8);
    int from = json.indexOf("\"sections\"");
    String block = json.substring(from, json.indexOf(']', from));
    Matcher m = Pattern.compile("\\{\"starts_with\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"section\":\\s*\"(\\w+)\"\\}")
        .matcher(block);
    List<Segment> segs = run(text, "");
    int checked = 0;
    while (m.find()) {
      String start = m.group(1).replace("\\\"", "\"");
      // the line that starts with the given words
      int at = -1;
      int idx = 0;
      while ((idx = text.indexOf(start, idx)) >= 0) {
        if (idx == 0 || text.charAt(idx - 1) == '\n') {
          at = idx;
          break;
        }
        idx++;
      }
      assertTrue(at >= 0, "no line starts with " + start);
      final int off = at;
      Section got = segs.stream().filter(s -> s.contains(off)).findFirst().orElseThrow().section();
      assertEquals(m.group(2), got.label(), "section of line starting with: " + start);
      checked++;
    }
    assertEquals(10, checked, "gold sections parsed");
    // lines the gold does not list explicitly
    int repeat = text.indexOf("Zelensky rejects", text.indexOf("3 min read"));
    assertEquals(Section.CHROME, segs.stream().filter(s -> s.contains(repeat)).findFirst().orElseThrow().section());
    Section reporter = sectionOf(segs, text, "Reporter\n");
    assertTrue(reporter == Section.CHROME || reporter == Section.BYLINE);
    assertEquals(Section.CHROME, sectionOf(segs, text, "News Feed"));
    assertEquals(Section.CHROME, sectionOf(segs, text, "Show More"));
    assertEquals(1, sections(segs).stream().filter(s -> s == Section.HEADLINE).count());
    // the headline is its own segment
    Segment head = segs.stream().filter(s -> s.section() == Section.HEADLINE).findFirst().orElseThrow();
    assertEquals("Zelensky rejects Putin's Moscow invitation, signals possible delay in peace talks",
        text.substring(head.start(), head.end()));
  }

  @Test
  void seedArticleWithGivenTitle() throws IOException {
    Path txt = SEED.resolve("kyiv-independent-2026-01-30.txt");
    assumeTrue(Files.isRegularFile(txt), "seed data not present");
    String text = Files.readString(txt, StandardCharsets.UTF_8);
    List<Segment> segs = run(text,
        "  Zelensky rejects Putin's Moscow   invitation, signals possible delay in peace talks ");
    assertEquals(Section.CHROME, sectionOf(segs, text, "Politics"));
    assertEquals(Section.HEADLINE, sectionOf(segs, text, "Zelensky rejects"));
    assertEquals(Section.BODY, sectionOf(segs, text, "President Volodymyr Zelensky on Jan. 30"));
  }

  // ------------------------------------------------------------------ hand-built cases

  @Test
  void plainTitleAndBody() {
    String text = "Title\n\nBody para 1\n\nBody para 2";
    List<Segment> segs = run(text, "");
    assertEquals(List.of(Section.HEADLINE, Section.BODY, Section.BODY), sections(segs));
    assertEquals("Title", text.substring(segs.get(0).start(), segs.get(0).end()));
  }

  @Test
  void realisticTitleAndBody() {
    String text = "City council approves new budget\n\n"
        + "The city council on Tuesday approved a budget of $2 billion for next year.\n\n"
        + "The vote was 7 to 2, officials said.\n";
    List<Segment> segs = run(text, "");
    assertEquals(List.of(Section.HEADLINE, Section.BODY, Section.BODY), sections(segs));
  }

  @Test
  void bodyOnly() {
    String text = "The city council on Tuesday approved a budget of $2 billion for next year.\n\n"
        + "The vote was 7 to 2, officials said.";
    List<Segment> segs = run(text, "");
    assertTrue(segs.stream().allMatch(s -> s.section() == Section.BODY), segs.toString());
  }

  @Test
  void singleShortLineIsBody() {
    List<Segment> segs = run("Just a line", "");
    assertEquals(List.of(Section.BODY), sections(segs));
  }

  @Test
  void byJaneDoeByline() {
    String text = "Storm hits coast\n\nBy Jane Doe\n\nA powerful storm hit the coast on Monday, officials said.\n\n"
        + "By the evening, power had been restored to most homes.";
    List<Segment> segs = run(text, "");
    assertEquals(Section.HEADLINE, sectionOf(segs, text, "Storm hits coast"));
    assertEquals(Section.BYLINE, sectionOf(segs, text, "By Jane Doe"));
    assertEquals(Section.BODY, sectionOf(segs, text, "A powerful storm"));
    assertEquals(Section.BODY, sectionOf(segs, text, "By the evening"));
  }

  @Test
  void captionWithPhotoCredit() {
    String text = "Storm hits coast\n"
        + "Waves crash over the sea wall in Brighton on Monday. (Photo: Reuters)\n\n"
        + "A powerful storm hit the coast on Monday, officials said.\n\n"
        + "Rescuers pulled a man from the water (police said) and took him to hospital.";
    List<Segment> segs = run(text, "");
    assertEquals(Section.HEADLINE, sectionOf(segs, text, "Storm hits coast"));
    assertEquals(Section.CAPTION, sectionOf(segs, text, "Waves crash"));
    assertEquals(Section.BODY, sectionOf(segs, text, "A powerful storm"));
    assertEquals(Section.BODY, sectionOf(segs, text, "Rescuers pulled"));
  }

  @Test
  void otherCaptionForms() {
    assertTrue(Captions.isCaption("Protesters march in Paris. Photo by John Doe/Getty Images"));
    assertTrue(Captions.isCaption("Image: A damaged building in Kharkiv"));
    assertTrue(Captions.isCaption("Rescuers at the scene (AP Photo/Jane Roe)"));
    assertFalse(Captions.isCaption("The speed limit was 50 (km/h) on that road."));
    assertFalse(Captions.isCaption("He said the deal was done."));
  }

  @Test
  void duplicatedHeadlineIsChrome() {
    String text = "Storm hits coast\nStorm hits coast\n\nA powerful storm hit the coast on Monday, officials said.";
    List<Segment> segs = run(text, "");
    assertEquals(List.of(Section.HEADLINE, Section.CHROME, Section.BODY), sections(segs));
  }

  @Test
  void titleGivenMatchesLine() {
    String text = "World\n\nStorm Hits Coast\n\nA powerful storm hit the coast on Monday, officials said.";
    List<Segment> segs = run(text, "storm hits   coast");
    assertEquals(List.of(Section.CHROME, Section.HEADLINE, Section.BODY), sections(segs));
  }

  @Test
  void wikinewsStyleKeepsDatelineInBody() {
    String text = "Hackers attack Church of Scientology website\n\nSunday, January 20, 2008\n\n"
        + "Wikinews has learned that the Church of Scientology's website is being attacked by hackers.\n\n"
        + "The attack was launched on Wednesday by a user labelled \"Anonymous\".\n";
    List<Segment> segs = run(text, "");
    assertEquals(List.of(Section.HEADLINE, Section.BODY, Section.BODY, Section.BODY), sections(segs));
  }

  @Test
  void wikinewsSamplesLoseNothing() throws IOException {
    Path dir = Path.of("../shared/data/news-sample");
    assumeTrue(Files.isDirectory(dir), "news samples not present");
    try (var files = Files.list(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        List<Segment> segs = run(text, "");
        assertEquals(Section.HEADLINE, segs.get(0).section(), p.toString());
        assertTrue(segs.stream().skip(1).allMatch(s -> s.section() == Section.BODY), p + " " + segs);
      }
    }
  }

  @Test
  void conllStyleLosesNothing() {
    String text = "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY .\n"
        + "LONDON 1996-08-30\n"
        + "West Indian all-rounder Phil Simmons took four for 38 on Friday .\n"
        + "By the close Yorkshire had turned that into a 37-run advantage .\n"
        + "Essex , however , look certain to regain their top spot .\n";
    List<Segment> segs = run(text, "");
    assertEquals(Section.HEADLINE, segs.get(0).section());
    assertEquals(Section.BODY, sectionOf(segs, text, "LONDON 1996-08-30"));
    for (String l : List.of("West Indian", "By the close", "Essex ,")) {
      assertEquals(Section.BODY, sectionOf(segs, text, l));
    }
  }

  @Test
  void conllStyleWithAuthorLine() {
    String text = "Canada government cash balances fall in week .\nLarry Fine\nOTTAWA 1996-08-30\n"
        + "The government of Canada 's cash balances fell in the week .\n";
    List<Segment> segs = run(text, "");
    assertEquals(List.of(Section.HEADLINE, Section.BYLINE, Section.BODY), sections(segs));
  }

  @Test
  void wireDatelineWithoutHeadline() {
    String text = "\nWASHINGTON _\n\nThe bombings at the American Embassies have frightened travelers.\n\n"
        + "Tour operators say bookings fell.";
    List<Segment> segs = run(text, "");
    assertTrue(segs.stream().allMatch(s -> s.section() == Section.BODY), segs.toString());
  }

  @Test
  void sentenceFirstLineIsNotHeadline() {
    String text = "Now for today's geography quiz.\nWe're off in search of an ancient and exotic city.\n"
        + "UNESCO declared it a protected site.";
    List<Segment> segs = run(text, "");
    assertTrue(segs.stream().allMatch(s -> s.section() == Section.BODY), segs.toString());
  }

  @Test
  void authorBoxAndBio() {
    String text = "Storm hits coast\n\nA powerful storm hit the coast on Monday, officials said.\n\n"
        + "Residents were told to stay indoors until the evening.\n\n"
        + "Jane Doe\nSenior Editor\n\n"
        + "Jane Doe is a senior editor at the Daily Planet, covering weather and climate since 2010.\n\n"
        + "© 2026 Daily Planet. All rights reserved.\nFollow us on X";
    List<Segment> segs = run(text, "");
    assertEquals(Section.BYLINE, sectionOf(segs, text, "Jane Doe\n"));
    assertEquals(Section.CHROME, sectionOf(segs, text, "Senior Editor"));
    assertEquals(Section.BIO, sectionOf(segs, text, "Jane Doe is a senior"));
    assertEquals(Section.CHROME, sectionOf(segs, text, "© 2026"));
    assertEquals(Section.BODY, sectionOf(segs, text, "Residents were told"));
  }

  @Test
  void emptyAndWhitespace() {
    assertTrue(seg.segment("", "").segments().isEmpty());
    assertTrue(seg.segment(null, null).segments().isEmpty());
    assertTrue(run(" \n\t\n  \r\n", "").isEmpty());
    assertTrue(run(" \n\t\n  \r\n", "Some title").isEmpty());
  }

  @Test
  void onlyChromeLooksIsKeptAsBody() {
    String text = "Read more\nShare\n\n3 min read\nAdvertisement";
    List<Segment> segs = run(text, "");
    assertFalse(segs.isEmpty());
    assertTrue(segs.stream().allMatch(s -> s.section() == Section.BODY), segs.toString());
  }

  @Test
  void windowsLineEndings() {
    String text = "Politics\r\n\r\nStorm hits coast\r\n3 min read\r\n\r\n"
        + "A powerful storm hit the coast on Monday, officials said.\r\n"
        + "Residents were told to stay indoors.\r\n\r\nRead more\r\n";
    List<Segment> segs = run(text, "");
    assertEquals(List.of(Section.CHROME, Section.HEADLINE, Section.CHROME, Section.BODY, Section.CHROME),
        sections(segs));
    for (Segment s : segs) {
      String sub = text.substring(s.start(), s.end());
      assertFalse(sub.endsWith("\r"), sub);
    }
    // the two body lines of one paragraph are merged, keeping the inner line break
    Segment body = segs.get(3);
    assertTrue(text.substring(body.start(), body.end()).contains("\r\nResidents"));
  }

  @Test
  void indentedLinesAreTrimmed() {
    String text = "   Storm hits coast   \n\n\t  A powerful storm hit the coast on Monday, officials said.  \n";
    List<Segment> segs = run(text, "");
    assertEquals("Storm hits coast", text.substring(segs.get(0).start(), segs.get(0).end()));
    assertEquals(Section.BODY, segs.get(1).section());
  }

  @Test
  void chromeLabelPredicates() {
    assertTrue(Chrome.isChrome("3 min read"));
    assertTrue(Chrome.isChrome("5 minute read"));
    assertTrue(Chrome.isChrome("Read more »"));
    assertTrue(Chrome.isChrome("Advertisement"));
    assertTrue(Chrome.isChrome("© 2026 The Kyiv Independent"));
    assertTrue(Chrome.isChrome("We use cookies to improve your experience. Accept all cookies"));
    assertFalse(Chrome.isChrome("Read the full statement below, he said."));
    assertTrue(AuthorBox.isJobTitle("Staff Writer"));
    assertFalse(AuthorBox.isJobTitle("The reporter said."));
  }
}

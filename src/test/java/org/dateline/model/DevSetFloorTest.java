package org.dateline.model;

import java.nio.file.Path;
import org.dateline.eval.Evaluation;
import org.dateline.eval.Report;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A regression floor on small slices of the development sets (read from ../shared, skipped when absent). The
 * floors sit a little under what the slices score today (docs/ACCURACY.md has the full-set figures), so a
 * change that makes extraction worse fails here.
 */
@Tag("model")
class DevSetFloorTest {

  @TempDir
  Path dir;

  /** Every table, as the shared pipeline was loaded for: the same rows as a run asking for names only. */
  private Report score(String task, String gold, int limit) {
    return Evaluation.of(task, SharedNlp.shared(gold), limit).dateline(SharedNlp.OPTIONS, dir, 2, 0);
  }

  @Test
  void conllSlice() {
    assumeTrue(SharedNlp.has("ner-dev/ner-dev.jsonl"));
    Report r = score("ner", "ner-dev/ner-dev.jsonl", 25);
    assertTrue(r.score("PER").f1() >= FLOOR_CONLL_PER, r.render());
    assertTrue(r.score("LOC").f1() >= FLOOR_CONLL_LOC, r.render());
  }

  @Test
  void gumSlice() {
    assumeTrue(SharedNlp.has("ner-dev/ner-gum-dev.jsonl"));
    Report r = score("ner", "ner-dev/ner-gum-dev.jsonl", 4);
    assertTrue(r.score("PER").f1() >= FLOOR_GUM_PER, r.render());
    assertTrue(r.score("LOC").f1() >= FLOOR_GUM_LOC, r.render());
  }

  @Test
  void timexSlice() {
    assumeTrue(SharedNlp.has("timex-dev/timex-dev.jsonl"));
    Report r = score("timex", "timex-dev/timex-dev.jsonl", 20);
    assertTrue(r.score("value").f1() >= FLOOR_TIMEX_VALUE, r.render());
  }

  @Test
  void quotesSlice() {
    assumeTrue(SharedNlp.has("quotes-dev/quotes-dev.jsonl"));
    Report r = score("quotes", "quotes-dev/quotes-dev.jsonl", 20);
    assertTrue(r.score("direct quote (overlap>=.5)").f1() >= FLOOR_QUOTES_DIRECT, r.render());
    assertTrue(r.figure("direct speaker accuracy") >= FLOOR_QUOTES_SPEAKER, r.render());
    assertTrue(r.score("all quote (overlap>=.5)").f1() >= FLOOR_QUOTES_ALL, r.render());
    assertTrue(r.score("all end-to-end").f1() >= FLOOR_QUOTES_END_TO_END, r.render());
  }

  @Test
  void geoSlice() {
    assumeTrue(SharedNlp.has("geo-dev/geo-dev.jsonl"));
    Report r = score("geo", "geo-dev/geo-dev.jsonl", 20);
    assertTrue(r.figure("acc@161") >= FLOOR_GEO_ACC161, r.render());
  }

  @Test
  void peopleGender() {
    assumeTrue(SharedNlp.has("people-dev/people-gender-dev.jsonl"));
    Report r = score("people", "people-dev/people-gender-dev.jsonl", 0);
    assertTrue(r.score("female").f1() >= FLOOR_PEOPLE_FEMALE, r.render());
    assertTrue(r.score("male").f1() >= FLOOR_PEOPLE_MALE, r.render());
    assertTrue(r.figure("coverage") >= FLOOR_PEOPLE_COVERAGE, r.render());
  }

  // Person gender, all 40 people-dev documents, measured 2026-12-06 (branch b-gender): female F1 .963, male .980,
  // coverage .984 with the entities-only pipeline; .923 / .970 / .984 with the dependency parse loaded.
  private static final double FLOOR_PEOPLE_FEMALE = 0.88;
  private static final double FLOOR_PEOPLE_MALE = 0.94;
  private static final double FLOOR_PEOPLE_COVERAGE = 0.94;

  // Measured on these slices on 2026-11-26: CoNLL PER .971 LOC .946, GUM PER .930 LOC .873, timex value .782.
  // Names, 2026-12-06 (issue 19, branch b-names): CoNLL PER .972 LOC .949, GUM PER .934 LOC .935.
  private static final double FLOOR_CONLL_PER = 0.95;
  private static final double FLOOR_CONLL_LOC = 0.93;
  private static final double FLOOR_GUM_PER = 0.91;
  private static final double FLOOR_GUM_LOC = 0.91;
  // Timex value on the first 20 timex-dev documents, measured 2026-12-06 (branch b-timex, second pass of issue 19):
  // .834 (whole dev set .801, halves .800 / .802); .813 before. Still wrong on the slice: "August 6" exactly six
  // months ahead (the nearest-month rule breaks the tie backwards), "last February" in a March story (the gold: a
  // year before) and "the late 1970s", valued 197X (gold 197; other annotators write 199X for "the early 1990s").
  private static final double FLOOR_TIMEX_VALUE = 0.82;
  // Quotes, first 20 PolNeAR dev articles, measured 2026-12-06 (branch b-quotes, QuoteTune on the cached parses):
  // speaker rules of the third round: direct F1 .897, speaker .963, all F1 .714, end-to-end .666 (before them
  // .897, .954, .714, .653; second pass .897, .954, .711, .651; 2026-11-26: .893, .954, .691, .629).
  // Fourth round (recall, boundaries, speakers, row filters; main 3b0503d): .897, .963, .725, .681.
  // Fifth round (2026-12-07, verb and noun cues, content edges): .897, .972, .723, .679 (the whole set gained:
  // all F1 .723 -> .730, end-to-end .666 -> .672); the floors stay.
  // Sixth round (2026-12-07, content heads and tails, false rows, lexicon cues; main b501f79): .897, .972, .733,
  // .690 (whole set all F1 .737, end-to-end .679).
  // Seventh round (2026-12-07, tails, heads, nested and outer cues, passives; main ba43eda + b-qpass): .897, .972,
  // .740, .696 (whole set all F1 .745, end-to-end .685).
  // Eighth round (2026-12-07, session 32: heads, tails, short content, recall by construction): .901, .972, .743,
  // .699 (whole set all F1 .749, end-to-end .690); the floors stay.
  // Ninth round (2026-12-07, session 33: run-on conjuncts, thing subjects, closing cues, transcript turns, future
  // "see"): .901, .972, .748, .708 (whole set all F1 .752, end-to-end .694); all and end-to-end floors up by .01.
  private static final double FLOOR_QUOTES_DIRECT = 0.86;
  private static final double FLOOR_QUOTES_SPEAKER = 0.93;
  private static final double FLOOR_QUOTES_ALL = 0.74;
  private static final double FLOOR_QUOTES_END_TO_END = 0.69;
  // Geocoding, first 20 geo-dev documents (all toponyms, acc@161 km), measured 2026-12-06 (issue 14, fifth round):
  // 0.891 with the names-only pipeline of `eval geo --limit 20` (whole dev set 0.853, halves 0.829 / 0.880).
  // 2026-12-07 (sixth round: gazetteer divisions, resolver rules): 0.904 (whole 0.880, halves 0.865 / 0.896).
  // 2026-12-07 (later round: facilities, resolver context; main b501f79): 0.932 (whole 0.908, halves 0.900 / 0.917).
  // 2026-12-07 (seventh round: spatial coherence, untagged countries, bracketed datelines): 0.941 (whole 0.914,
  // halves 0.905 / 0.924).
  // 2026-12-07 (session 33: names used as places by their construction): 0.957 (whole 0.925, halves 0.923 / 0.928).
  private static final double FLOOR_GEO_ACC161 = 0.94;
}

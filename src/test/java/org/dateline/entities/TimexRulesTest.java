package org.dateline.entities;

import java.time.LocalDate;
import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Docs;
import org.dateline.doc.Mention;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The TimeML conventions of issue 19 on hand-built documents (published 2026-01-30). No models needed. */
class TimexRulesTest {

  private final EntityExtractor extractor = new EntityExtractor(Demonyms.load());

  private List<String> values(String... sentences) {
    return extractor.extract(Docs.doc(sentences)).mentions().stream()
        .filter(m -> Mention.TEMPORAL_TYPES.contains(m.type())).map(m -> m.type() + " " + m.normalized()).toList();
  }

  @Test
  void aMonthDayWithoutItsYearIsTheNearestOne() {
    LocalDate october = LocalDate.of(1989, 10, 26);
    assertEquals("1989-07-04", MonthYears.resolve("July 4", "1990-07-04", october, Tense.NONE));
    assertEquals("1990-03-31", MonthYears.resolve("March 31", "1989-03-31", october, Tense.NONE));
    assertEquals("1989-12", MonthYears.resolve("December", "1988-12", october, Tense.NONE));
    assertEquals("1989-03", MonthYears.resolve("March", "1990-03", october, Tense.PAST));
    assertEquals("1990-03", MonthYears.resolve("March", "1989-03", october, Tense.FUTURE));
    assertEquals("1988-12", MonthYears.resolve("December", "1989-12", october, Tense.PAST));
    assertEquals("1989-11-20", MonthYears.resolve("Nov. 20", "1988-11-20", october, Tense.NONE));
    assertEquals("1989-06", MonthYears.resolve("last June", "1988-06", october, Tense.NONE));
    assertEquals("1988-12", MonthYears.resolve("last December", "1989-12", october, Tense.NONE));
    assertEquals(null, MonthYears.resolve("Sept. 27, 1989", "1989-11-27", october, Tense.NONE));
    assertEquals(null, MonthYears.resolve("the following month", "1989-11", october, Tense.NONE));
  }

  @Test
  void aBareMonthFollowsTheTenseOfItsClause() {
    // Published 2026-01-30.
    assertEquals(List.of("DATE 2025-03"), values(
        "He/PRP stepped/VBD down/RP in/IN March/NNP/DATE=2026-03 ./."));
    assertEquals(List.of("DATE 2026-12"), values(
        "She/PRP will/MD command/VB a/DT mission/NN in/IN December/NNP/DATE=2025-12 ./."));
  }

  @Test
  void theWeekendIsTheLastOneUnlessTheClauseLooksAhead() {
    // Published Friday 2026-01-30, in ISO week 5: the weekend just gone is week 4's.
    assertEquals(List.of("DATE 2026-W04-WE"), values(
        "Talks/NNS resumed/VBD over/IN the/DT/DATE=2026-W05-WE weekend/NN/DATE=2026-W05-WE ./."));
    assertEquals(List.of("DATE 2026-W05-WE"), values(
        "Talks/NNS will/MD resume/VB over/IN the/DT/DATE=2026-W05-WE weekend/NN/DATE=2026-W05-WE ./."));
  }

  @Test
  void thePastYearIsTheOneBeforeTheStory() {
    assertEquals(List.of("DATE 2025"), values(
        "Rents/NNS rose/VBD over/IN the/DT/DATE=2026 past/JJ/DATE=2026 year/NN/DATE=2026 ./."));
    assertEquals("2025-12", PastUnits.previous("the past month", "2026-01", LocalDate.of(2026, 1, 30)));
    assertEquals(null, PastUnits.previous("the past year", "2024", LocalDate.of(2026, 1, 30)));
  }

  @Test
  void aHolidayWithoutItsYearFollowsTheTenseOfItsClause() {
    // Published 2026-01-30: SUTime's holidays of 2026 lie ahead; a past clause means the last ones.
    assertEquals(List.of("DATE 2025-11-27"), values(
        "Sales/NNS peaked/VBD at/IN Thanksgiving/NNP/DATE=2026-11-26 ./."));
    assertEquals(List.of("DATE 2025-12-25"), values("They/PRP met/VBD at/IN Christmas/NNP/DATE=2026-12-25 ./."));
    assertEquals(List.of("DATE 2026-04-05"), values("They/PRP met/VBD at/IN Easter/NNP/DATE=2026-04-05 ./."));
  }

  @Test
  void anAmountOfTimeLaterIsADuration() {
    assertEquals("P3D", LaterSpans.duration("Three days later"));
    assertEquals("PT1H", LaterSpans.duration("an hour later"));
    assertEquals("PXD", LaterSpans.duration("A few days later"));
    assertEquals(null, LaterSpans.duration("a year earlier"));
    assertEquals(List.of("DURATION P1D"), values("A/DT/DATE=2026-01-29 day/NN/DATE=2026-01-29 "
        + "earlier/RBR/DATE=2026-01-29 ,/, talks/NNS failed/VBD ./."));
  }

  @Test
  void earningsPeriodsAreValuedFromTheQuarterReported() {
    assertEquals(List.of("DATE 2025-Q3", "DATE 2024-Q3", "DATE 2025-Q3"), values(
        "Third-quarter/JJ/DATE=2025-Q3 net/NN rose/VBD ./.",
        "In/IN the/DT year/NN -/HYPH ago/JJ quarter/NN ,/, it/PRP lost/VBD money/NN ./.",
        "Sales/NNS in/IN the/DT latest/JJS/DURATION=PXM quarter/NN/DURATION=PXM rose/VBD ./."));
    // A joined ordinal SUTime misreads ("fiscal-first": Q4) is the quarter it numbers, and the one reported.
    assertEquals(List.of("DATE 2025-Q1", "DATE 2024-Q1"), values(
        "Net/NN rose/VBD in/IN the/DT/DATE=2025-Q4 fiscal-first/JJ/DATE=2025-Q4 quarter/NN/DATE=2025-Q4 ./.",
        "It/PRP lost/VBD money/NN a/DT/DATE=2025-01-30 year/NN/DATE=2025-01-30 ago/RB/DATE=2025-01-30 ./."));
    // Without a named quarter, the last one over before publication (2026-01-30: 2025-Q4).
    assertEquals(List.of("DATE 2024-Q4"), values("year/NN -/HYPH earlier/JJR profit/NN fell/VBD ./."));
  }

  @Test
  void aQuarterNamedByItsYearIsTheReportedOneThatYear() {
    // Published 2026-01-30; the story reports the third quarter.
    assertEquals(List.of("DATE 2025-Q3", "DATE 2024-Q3", "DATE 2024-Q3", "DATE 2027-Q1"), values(
        "Third-quarter/JJ/DATE=2025-Q3 net/NN rose/VBD ./.",
        "It/PRP lost/VBD money/NN in/IN the/DT 2024/CD/DATE=2024 period/NN ./.",
        "Sales/NNS fell/VBD in/IN the/DT 2024/CD/DATE=P8096M quarter/NN/DATE=P8096M ./.",
        "Output/NN resumes/VBZ in/IN next/JJ/DATE=2026-Q1 year/NN/DATE=2026-Q1 's/POS/DATE=2026-Q1 "
            + "first/JJ/DATE=2026-Q1 quarter/NN/DATE=2026-Q1 ./."));
  }

  @Test
  void theYearBeforeACountOfMonthsIsAYear() {
    // The story reports a quarter, but "a year earlier" after "the nine months" compares nine months: 2024.
    assertEquals(List.of("DATE 2025-Q3", "DURATION P9M", "DATE 2024", "DATE 2024-Q3"), values(
        "Third-quarter/JJ/DATE=2025-Q3 net/NN rose/VBD ./.",
        "For/IN the/DT nine/CD/DURATION=P9M months/NNS/DURATION=P9M ,/, net/NN rose/VBD from/IN a/DT loss/NN "
            + "a/DT/DATE=2025-01-30 year/NN/DATE=2025-01-30 earlier/RBR/DATE=2025-01-30 ./.",
        "Sales/NNS fell/VBD from/IN a/DT/DATE=2025-01-30 year/NN/DATE=2025-01-30 earlier/RBR/DATE=2025-01-30 ./."));
  }

  @Test
  void theYearEndedIsAYearLongDuration() {
    assertEquals(List.of("DURATION P1Y", "DATE 2025-09-30"), values(
        "for/IN the/DT/DATE=2026 year/NN/DATE=2026 ended/VBN Sept./NNP/DATE=2025-09-30 30/CD/DATE=2025-09-30"));
  }

  @Test
  void decadesAreKept() {
    assertEquals(List.of("DATE 198X"), values("in/IN the/DT/DATE=198X 1980s/NNS/DATE=198X"));
    assertEquals(List.of("DATE 199"), values("by/IN the/DT/DATE=199X mid-1990s/NNS/DATE=199X"));
    assertEquals(List.of(), values("in/IN the/DT/DATE=199X past/JJ/DATE=199X decade/NN/DATE=199X"));
  }

  @Test
  void hyphenedDatesAreFound() {
    assertEquals(List.of("DATE 1996"), values("Prices/NNS peaked/VBD in/IN mid-1996/NN ./."));
    assertEquals(List.of("DATE 2026-11"), values(
        "Results/NNS will/MD come/VB in/IN mid-November/NNP/DATE=****11 ./."));
    assertEquals(List.of("DATE 2009-05-08"), values("Filed/VBN 2009-05-08/CD ./."));
    assertEquals(List.of(), values("Pre-tax/JJ profit/NN rose/VBD ./."));
  }

  @Test
  void aClockTimeLosesItsTimeZone() {
    assertEquals(List.of("TIME 2026-01-30T17:00"), values(
        "Bids/NNS close/VBP at/IN 5/CD/TIME=2026-01-30T17:00-0500 p.m./NN/TIME=2026-01-30T17:00-0500 "
            + "EST/NNP/TIME=2026-01-30T17:00-0500 ./."));
  }

  @Test
  void aFormulaValueGivesItsDate() {
    LocalDate friday = LocalDate.of(1998, 2, 27);
    assertEquals("1998-02-27", CompositeValues.simplify("1998-02-27-WXX-5 INTERSECT >PT4H", friday));
    assertEquals("1997-11-03", CompositeValues.simplify("THIS P1D INTERSECT XXXX-11-03", friday));
    assertEquals("1998-W10", CompositeValues.simplify("1998-03-06 INTERSECT P1W", friday));
    assertEquals("1998", CompositeValues.simplify("1998 INTERSECT P1Y", friday));
    assertEquals("PRESENT_REF", CompositeValues.simplify("PRESENT_REF", friday));
  }

  @Test
  void aMonthNameThatIsANounIsNoDate() {
    assertEquals(List.of(), values("Police/NNS watched/VBD this/DT/DATE=2026-03 march/NN/DATE=2026-03 ./."));
    assertEquals(List.of(), values(
        "They/PRP joined/VBD the/DT annual/JJ March/NNP/DATE=XXXX-03 for/IN Life/NNP ./."));
    assertEquals(List.of("DATE 2025-03"), values("Talks/NNS ended/VBD in/IN March/NNP/DATE=2026-03 ./."));
  }
}

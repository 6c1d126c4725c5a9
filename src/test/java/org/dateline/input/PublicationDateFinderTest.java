package org.dateline.input;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PublicationDateFinderTest {

  private final PublicationDateFinder finder = new PublicationDateFinder();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Sunday, January 20, 2008\\n\\nThe minister said...|2008-01-20",
      "Published January 20, 2008 by staff|2008-01-20",
      "WASHINGTON, Jan. 30, 2026 — Lawmakers met.|2026-01-30",
      "Posted 20 January 2008|2008-01-20",
      "Updated 2008-01-20 14:00|2008-01-20",
      "LONDON 1996-08-30\\nShares rose.|1996-08-30",
      "KYIV, Ukraine (AP) — Jan 3, 2024 — Drones struck.|2024-01-03",
      "Sept. 5th, 2019: a day|2019-09-05",
      "3rd of March 2021 was cold|2021-03-03",
  })
  void findsFullDatesInTheOpening(String text, String expected) {
    // A literal backslash-n in the table stands for a line break (CsvSource splits rows on real ones).
    assertEquals(Optional.of(LocalDate.parse(expected)), finder.find(text.replace("\\n", "\n")));
  }

  @Test
  void takesTheEarliestDate() {
    assertEquals(Optional.of(LocalDate.of(2024, 1, 3)),
        finder.find("PARIS, Jan 3, 2024 — The 2023-12-31 deadline passed."));
  }

  @Test
  void rejectsImpossibleDatesAndKeepsLooking() {
    assertEquals(Optional.empty(), finder.find("February 30, 2024 was not a day."));
    assertEquals(Optional.empty(), finder.find("Filed 2024-13-01"));
    assertEquals(Optional.of(LocalDate.of(2024, 3, 1)), finder.find("February 30, 2024 or rather March 1, 2024"));
  }

  @Test
  void ignoresPartialDates() {
    assertEquals(Optional.empty(), finder.find("In January 2008 the company grew. On May 5 it shrank."));
    assertEquals(Optional.empty(), finder.find("Order number 12345678 and ISBN 978-3-16-148410-0"));
  }

  @Test
  void looksOnlyAtTheFirstThreeParagraphs() {
    String text = "Headline\n\nBy A. Writer\n\nFirst paragraph of the story.\n\nOn January 20, 2008 something happened.";
    assertEquals(Optional.empty(), finder.find(text));
    assertEquals(Optional.of(LocalDate.of(2008, 1, 20)), finder.find("Headline\n\nJanuary 20, 2008\n\nStory."));
  }

  @Test
  void looksOnlyAtTheFirst600Characters() {
    String text = "x".repeat(700) + " January 20, 2008";
    assertEquals(Optional.empty(), finder.find(text));
  }

  @ParameterizedTest
  @CsvSource({
      "2026-01-30T10:00:00Z, 2026-01-30",
      "2026-01-30, 2026-01-30",
      "' 2026-01-30 10:00:00 ', 2026-01-30",
      "'January 20, 2008', 2008-01-20",
      "'Sun, 20 Jan 2008 10:00:00 GMT', 2008-01-20",
      "2008/01/20, 2008-01-20",
  })
  void parsesInputDates(String value, String expected) {
    assertEquals(Optional.of(LocalDate.parse(expected)), finder.parseInputDate(value));
  }

  @ParameterizedTest
  @CsvSource({"yesterday", "2026-02-30", "2026-02-30T10:00:00Z", "30/01"})
  void rejectsUnparseableInputDates(String value) {
    assertEquals(Optional.empty(), finder.parseInputDate(value));
  }
}

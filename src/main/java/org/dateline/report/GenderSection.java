package org.dateline.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * The Gender Gap Tracker's question: of the people the articles mention and of those they quote, how many are
 * women and how many men. Summed from articles.csv's per-article counts of distinct people, and quotes counted by
 * their speaker's gender. Absent when no person in the run has a known gender.
 */
final class GenderSection {

  private static final String[] GENDERS = {"female", "male", "unknown"};

  private GenderSection() {
  }

  static String render(Path dir) {
    long[] people = new long[3];
    long[] sources = new long[3];
    try (TableReader r = TableReader.open(dir, Table.ARTICLES)) {
      r.forEachRemaining(a -> {
        for (int g = 0; g < GENDERS.length; g++) {
          people[g] += Math.max(0, a.number("people_" + GENDERS[g]));
          sources[g] += Math.max(0, a.number("sources_" + GENDERS[g]));
        }
      });
    }
    if (people[0] + people[1] == 0) {
      return "";
    }
    long[] quotes = new long[3];
    try (TableReader r = TableReader.open(dir, Table.QUOTES)) {
      while (r.hasNext()) {
        TableRow q = r.next();
        // Only quotes whose speaker is a named person: "officials said" has no gender to count.
        if (!q.get("speaker_entity_id").isEmpty() && q.get("speaker_type").equals("PERSON")) {
          String g = q.get("speaker_gender");
          quotes[g.equals("female") ? 0 : g.equals("male") ? 1 : 2]++;
        }
      }
    }
    List<List<String>> rows = new ArrayList<>();
    rows.add(row("people mentioned (distinct per article)", people));
    rows.add(row("people quoted (distinct per article)", sources));
    rows.add(row("quotes by a named person", quotes));
    return "<p>Gender comes from the article's own words (pronouns, honorifics, gendered titles) or, failing those, "
        + "a US first-name table; <em>unknown</em> means no evidence or conflicting evidence. The share of women is "
        + "among those whose gender is known.</p>"
        + Html.table("Women and men in the news", List.of("", "women", "men", "unknown", "share of women"), rows);
  }

  private static List<String> row(String label, long[] n) {
    long known = n[0] + n[1];
    String share = known == 0 ? "" : String.format(Locale.ROOT, "%.1f %%", 100.0 * n[0] / known);
    return List.of(Html.esc(label), Long.toString(n[0]), Long.toString(n[1]), Long.toString(n[2]), share);
  }
}

package org.dateline.geo;

import java.util.ArrayList;
import java.util.List;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Token;

/**
 * The other occurrences of a name found by its construction ({@link SiteAtTown}, {@link DefinedPlace}): the
 * construction shows once ("at the Harvest Fair in Elmby"), the name recurs bare ("won at the Harvest Fair");
 * one name, one place, so each occurrence no mention touches joins the first's entity ({@link FacilityRows}).
 */
final class SiteRepeats {

  private SiteRepeats() {
  }

  /** The spans of the same words as {@code sites}' elsewhere, untouched by a mention or a span of {@code taken}. */
  static List<FacilityNames.Span> of(Doc doc, EntityTable table, List<FacilityNames.Span> sites,
      List<FacilityNames.Span> taken) {
    List<FacilityNames.Span> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    for (FacilityNames.Span s : sites) {
      int n = s.last().index() - s.first().index() + 1;
      for (int i = 0; i + n <= tokens.size(); i++) {
        Token first = tokens.get(i);
        Token last = tokens.get(i + n - 1);
        if (!sameWords(tokens, s.first().index(), i, n) || overlaps(taken, first, last) || overlaps(out, first, last)
            || SiteAtTown.touched(table, first, last)) {
          continue;
        }
        out.add(new FacilityNames.Span(first, last, s.town()));
      }
    }
    return out;
  }

  private static boolean sameWords(List<Token> tokens, int a, int b, int n) {
    for (int k = 0; k < n; k++) {
      if (!tokens.get(a + k).word().equals(tokens.get(b + k).word())) {
        return false;
      }
    }
    return true;
  }

  private static boolean overlaps(List<FacilityNames.Span> spans, Token first, Token last) {
    return spans.stream().anyMatch(f -> f.overlaps(first, last));
  }
}

package org.dateline.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;
import org.dateline.doc.Token;

/**
 * A name the tagger missed that its text puts at a site in a town: "at" (and "the"), a run of capitalised words or
 * numbers no mention touches, then "in", a comma or ", on" and a place the article resolved to a town or a street
 * that borrowed its town's point ("worked at the Harvest Fair 9 in Elmby", "a summit at Oak Lodge, Elmby", "seen
 * at Oak &amp; Ivy, on Elm Avenue"). It is a place of that town whatever it is (a venue,
 * an event held there), like a facility ({@link FacilityRows}); a time ("at Christmas in Elmby") is none.
 */
final class SiteAtTown {

  private static final Set<String> TEMPORAL = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Signs that join the words of one name ("Oak &amp; Ivy"). */
  private static final Set<String> JOINS = Set.of("&", "+");

  private SiteAtTown() {
  }

  static List<FacilityNames.Span> find(Doc doc, EntityTable table) {
    List<FacilityNames.Span> out = new ArrayList<>();
    List<Token> tokens = doc.tokens();
    String text = doc.article().text();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      if (!tokens.get(i).word().equals("at")) {
        continue;
      }
      int first = tokens.get(i + 1).word().equals("the") ? i + 2 : i + 1;
      int last = first - 1;
      while (last + 1 < tokens.size() && tokens.get(last + 1).sentence() == tokens.get(i).sentence()
          && word(tokens.get(last + 1), last + 1 == first)) {
        last++;
      }
      while (last >= first && JOINS.contains(tokens.get(last).word())) {
        last--; // a name ends in a word, not in "&"
      }
      if (last < first || touched(table, tokens.get(first), tokens.get(last))) {
        continue;
      }
      int after = tokens.get(last).end();
      int gap = text.startsWith(" in ", after) ? 4 : text.startsWith(", on ", after) ? 5
          : text.startsWith(", ", after) ? 2 : -1;
      Optional<GeoPoint> town = gap < 0 ? Optional.empty() : townAt(table, after + gap);
      if (town.isPresent()) {
        out.add(new FacilityNames.Span(tokens.get(first), tokens.get(last), town));
        i = last;
      }
    }
    return out;
  }

  /** A capitalised noun or adjective of a name; after its first word also a number ("Harvest Fair 9"). */
  private static boolean word(Token t, boolean first) {
    if (TEMPORAL.contains(t.ner()) || t.word().isEmpty()) {
      return false;
    }
    boolean capitalised = Character.isUpperCase(t.word().charAt(0))
        && (t.pos().startsWith("NN") || t.pos().startsWith("JJ"));
    return capitalised || !first && (t.pos().equals("CD") || JOINS.contains(t.word()));
  }

  /** Whether a mention of {@code table} shares a character with the tokens {@code first..last}. */
  static boolean touched(EntityTable table, Token first, Token last) {
    return table.mentions().stream().anyMatch(m -> m.start() < last.end() && first.start() < m.end());
  }

  /** The town a place mention starting at {@code start} was resolved to. */
  private static Optional<GeoPoint> townAt(EntityTable table, int start) {
    for (Mention m : table.mentions()) {
      if (m.start() == start && m.type().equals("LOCATION") && m.kind().equals(Mention.NAME)) {
        return table.geo().of(m.entityId()).filter(p -> p.featureCode().startsWith("PPL") || p.isBorrowed());
      }
    }
    return Optional.empty();
  }
}

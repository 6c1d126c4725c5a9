package org.dateline.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Token;

/**
 * A town the tagger missed after a locative preposition or one of motion ("a forum in Red Oak this weekend",
 * "instead of driving to Castlegar"): a whole run of untagged
 * proper nouns that is the own name of a town in the country most of the article's places lie in. Too small to be
 * a place the tagger should know ({@code KnownPlaces}), it is still a place the text writes as one.
 */
final class LocativeTown {

  /** The preposition right before the run: {@link Locative}'s, and "to" and "from", safe for a town's own name. */
  private static final Pattern BEFORE = Pattern.compile("(?:^|\\W)(?:[Ii]n|[Nn]ear|[Oo]utside|to|from)\\s+$");

  private LocativeTown() {
  }

  static List<GeoPoint> options(Doc doc, EntityTable table, Candidates candidates, Token first, Token last) {
    List<Token> tokens = doc.tokens();
    boolean whole = (first.index() == 0 || !properNoun(tokens.get(first.index() - 1)))
        && (last.index() + 1 == tokens.size() || !properNoun(tokens.get(last.index() + 1)));
    String before = doc.text(Math.max(0, first.start() - 10), first.start());
    boolean untagged = tokens.subList(first.index(), last.index() + 1).stream().allMatch(t -> t.ner().equals("O"));
    if (!whole || !untagged || !BEFORE.matcher(before).find()) {
      return List.of();
    }
    String written = doc.text(first.start(), last.end());
    String country = mainCountry(table);
    return candidates.of(written).stream().filter(p -> p.featureCode().startsWith("PPL")
        && p.countryCode().equals(country) && PlaceNames.key(p.name()).equals(PlaceNames.key(written))).toList();
  }

  private static boolean properNoun(Token t) {
    return t.pos().startsWith("NNP") && !t.word().isEmpty() && Character.isUpperCase(t.word().charAt(0));
  }

  /** The country of more than half the article's resolved places, by entity; empty when none has so many. */
  private static String mainCountry(EntityTable table) {
    Map<String, Integer> count = new HashMap<>();
    table.geo().byEntity().values().stream().filter(p -> !p.countryCode().isEmpty() && !p.isBorrowed())
        .forEach(p -> count.merge(p.countryCode(), 1, Integer::sum));
    int all = count.values().stream().mapToInt(Integer::intValue).sum();
    return count.entrySet().stream().filter(c -> c.getValue() * 2 > all).map(Map.Entry::getKey).findFirst()
        .orElse("");
  }
}

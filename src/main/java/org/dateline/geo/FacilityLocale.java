package org.dateline.geo;

import java.util.Arrays;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Mention;

/**
 * The town a facility ({@link FacilityNames}) lies in, as the article puts it: a town inside its own name ("Dublin
 * Convention Centre"), else the place named right after it ("Elm Theatre, Dover", "X in Y"), else the nearest
 * town named in its sentence, then in its paragraph, else the article's heart town ({@link MainTown}). Only local
 * points count: towns, counties and points already borrowed from a town; a division or country is too wide for a
 * building, so a facility near none stays unplaced.
 */
final class FacilityLocale {

  /** What joins a place to the town it lies in: "X, Y", "X, near Y", "X in Y", "X near Y", "X at Y". */
  static final Pattern JOIN = Pattern.compile(
      "^(?:,\\s*(?:near\\s+|outside\\s+)?|\\s+(?:in|near|at|outside)\\s+(?:the\\s+)?)");

  private final String text;
  private final EntityTable table;
  private final GeoPoint mainTown;
  /** The offsets of the text's line breaks, in order: a paragraph is counted once per article, not per lookup. */
  private final int[] breaks;

  FacilityLocale(Doc doc, EntityTable table) {
    this(doc.article().text(), table);
  }

  /** @param table the article's places, already geocoded */
  FacilityLocale(String text, EntityTable table) {
    this.text = text;
    this.table = table;
    this.mainTown = MainTown.of(table, table.geo().byEntity());
    this.breaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
  }

  /** The point the facility at {@code start..end} borrows, or null when the article names no town for it. */
  GeoPoint of(int start, int end, int sentence) {
    GeoPoint at = close(start, end, sentence);
    at = at != null ? at : mainTown;
    return at != null ? at : table.geo().main().filter(p -> p.featureCode().startsWith("ADM")).orElse(null);
  }

  /**
   * The town the text puts the facility in, short of the article's heart town: inside its name, right after it,
   * else the nearest in its sentence, then in its paragraph; null when none is.
   */
  GeoPoint close(int start, int end, int sentence) {
    GeoPoint at = inside(start, end);
    at = at != null ? at : after(end);
    at = at != null ? at : nearest(start, m -> m.sentence() == sentence);
    return at != null ? at : nearest(start, m -> paragraph(m.start()) == paragraph(start));
  }

  /** The town named nearest to the offset within its sentence, or null. */
  GeoPoint inSentence(int start, int sentence) {
    return nearest(start, m -> m.sentence() == sentence);
  }

  private GeoPoint inside(int start, int end) {
    for (Mention m : table.mentions()) {
      GeoPoint p = local(m);
      if (p != null && m.start() == start && m.end() < end) {
        return p;
      }
    }
    return null;
  }

  private GeoPoint after(int end) {
    Matcher join = JOIN.matcher(text.substring(end, Math.min(text.length(), end + 20)));
    if (!join.find()) {
      return null;
    }
    for (Mention m : table.mentions()) {
      GeoPoint p = local(m);
      if (p != null && m.start() == end + join.end()) {
        return p;
      }
    }
    return null;
  }

  private GeoPoint nearest(int start, Predicate<Mention> where) {
    GeoPoint best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Mention m : table.mentions()) {
      GeoPoint p = local(m);
      int distance = Math.abs(m.start() - start);
      if (p != null && where.test(m) && distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** The mention's point when it is a place resolved to a town or county, or any borrowed town point. */
  private GeoPoint local(Mention m) {
    GeoPoint p = table.geo().of(m.entityId()).orElse(null);
    if (p == null || m.isTemporal()) {
      return null;
    }
    // A place, or a facility of the tagger's that already borrowed its town's point ("Harbour Works").
    boolean local = p.isBorrowed() || m.type().equals("LOCATION")
        && (p.featureCode().startsWith("PPL") || p.featureCode().equals("ADM2"));
    return local ? p : null;
  }

  /** The paragraph holding the offset: the number of line breaks before it. */
  private int paragraph(int offset) {
    int at = Arrays.binarySearch(breaks, offset);
    return at >= 0 ? at : -at - 1;
  }
}

package org.dateline.geo;

import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;

/**
 * Names the text uses as sites by their construction, whatever the tagger typed them: a name listed beside a
 * facility ("the Elm Street Library; Oakford NS; the Grange Hall", "the new Rowan Wing and the restored Ivy House")
 * is a building like its neighbours, and a name after "at" is the place something happens at ("a summit at the
 * Pan-Ruritanian Council in Elmby", "the show opens on June 9 at Elm Works", "The Arcade at Oakmere"). Such a
 * name borrows its town as a facility does ({@link NearbyPlace}).
 */
final class SiteUse {

  /** Two or more capitalised words ending a list item, then what joins it to the next item. */
  private static final Pattern ITEM_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'\u2019.-]*\\s+(\\p{Lu}[\\p{L}-]*)"
      + "(?:\\s*[,;]\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+)(?:the\\s+)?(?:[a-z][a-z-]*\\s+){0,3}$");

  /** What joins a list item to the next, then the next item's run of two or more capitalised words. */
  private static final Pattern ITEM_AFTER = Pattern.compile("^(?:\\s*[,;]\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+)"
      + "(?:the\\s+)?(?:[a-z][a-z-]*\\s+){0,3}\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*\\s+(\\p{Lu}[\\p{L}-]*)\\b");

  /**
   * "at" right before a name, after a date or hour ("on June 9 at", "21-22 at", "8pm at") or after a capitalised
   * word inside a name ("The Arcade at"; not the first word of a sentence, "Officials at"): an event's site, or a
   * site named after the place it is at. After a common noun "at" is as often an employer ("an economist at").
   */
  private static final Pattern SITE_AT = Pattern.compile(
      "(?:\\d|\\d[ap]\\.?m\\.?|[^.!?\\s\"\u201c]\\s+\\p{Lu}\\p{L}*)\\s+at\\s+(?:the\\s+)?$");

  /**
   * A verb of going on foot or by vehicle, then "to", right before a name ("pupils can cycle to Elm Market",
   * "she drove to Ashgrove Farm"): the goal of a journey is a place. "Go" and "come" are left out: "went to
   * college", "came to the firm" name an institution joined as often as a place reached.
   */
  private static final Pattern MOTION_TO = Pattern.compile("\\b(?:walk|walks|walked|walking|drive|drives|drove|"
      + "driving|ride|rides|rode|riding|cycle|cycles|cycled|cycling|commute|commutes|commuted|commuting|"
      + "travel|travels|traveled|travelled|traveling|travelling|fly|flies|flew|flying)\\s+to\\s+(?:the\\s+)?$");

  /** "at" and an optional "the" right before a name. */
  private static final Pattern AT = Pattern.compile("(?:^|\\W)at\\s+(?:the\\s+)?$");

  private static final int WINDOW = 50;

  private SiteUse() {
  }

  /**
   * Whether a name of {@code e} is an item of a list whose item right before or after it is a facility's name, by
   * its head noun ("... Library; X; ..."), whether or not the tagger found that name.
   */
  static boolean listedWithFacility(String text, EntityTable table, Entity e) {
    return anyName(text, table, e, m -> {
      Matcher before = ITEM_BEFORE.matcher(before(text, m, WINDOW));
      Matcher after = ITEM_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW)));
      return before.find() && facilityWord(before.group(1)) || after.find() && facilityWord(after.group(1));
    });
  }

  /** Whether a name of {@code e} follows "at" ("talks at the Elm Council") and is no possessive. */
  static boolean afterAt(String text, EntityTable table, Entity e) {
    return anyName(text, table, e, m -> AT.matcher(before(text, m, 12)).find() && !possessive(text, m));
  }

  /**
   * Whether a name of {@code e} follows "at" after a date, an hour or a capitalised word of a name, or a verb of
   * travel and "to".
   */
  static boolean siteAt(String text, EntityTable table, Entity e) {
    return anyName(text, table, e, m -> (SITE_AT.matcher(before(text, m, WINDOW)).find()
        || MOTION_TO.matcher(before(text, m, WINDOW)).find()) && !possessive(text, m));
  }

  /** Whether one of the entity's name mentions inside {@code text} passes {@code test}. */
  private static boolean anyName(String text, EntityTable table, Entity e, Predicate<Mention> test) {
    return table.mentions().stream().anyMatch(m -> m.entityId().equals(e.entityId())
        && m.kind().equals(Mention.NAME) && m.end() <= text.length() && test.test(m));
  }

  /** The {@code width} characters before mention {@code m}. */
  private static String before(String text, Mention m, int width) {
    return text.substring(Math.max(0, m.start() - width), m.start());
  }

  private static boolean possessive(String text, Mention m) {
    return text.startsWith("'", m.end()) || text.startsWith("\u2019", m.end());
  }

  private static boolean facilityWord(String word) {
    return SiteWords.facility(word.toLowerCase(Locale.ROOT));
  }
}

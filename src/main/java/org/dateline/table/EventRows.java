package org.dateline.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dateline.doc.ActorCodes;
import org.dateline.doc.Coding;
import org.dateline.doc.GeoPoint;
import org.dateline.doc.Geocoding;
import org.dateline.doc.Event;

/** The cells of one events.csv row, in the column order of {@link Table#EVENTS}. */
final class EventRows {

  private EventRows() {
  }

  static List<String> cells(String articleId, Event e, CodePoints cp, Geocoding geo) {
    Coding c = e.coding();
    List<String> row = TableCells.cells(articleId, e.eventId(), e.sentence(), e.trigger(), e.triggerLemma(),
        cp.of(e.triggerStart()), cp.of(e.triggerEnd()), c.code(), c.root(), c.plover(), c.quadClass(),
        String.format(Locale.ROOT, "%.1f", c.goldstein()),
        e.actor().text(), e.actor().entityId(), e.actor().name(), e.actor().code(),
        e.target().text(), e.target().entityId(), e.target().name(), e.target().code(),
        e.location().text(), e.location().entityId(),
        e.date(), e.dateText(), e.dateSource(), e.negated(), e.modality(), e.quoteId(), e.rule(),
        e.section().label(), e.evidence().replaceAll("\\s+", " ").strip());
    row.addAll(location(e, geo));
    // GDELT's Actor1CountryCode, Actor1Type1Code, Actor2CountryCode, Actor2Type1Code: parts of the two codes.
    row.addAll(List.of(ActorCodes.country(e.actor().code()), ActorCodes.type(e.actor().code()),
        ActorCodes.country(e.target().code()), ActorCodes.type(e.target().code())));
    row.add(Double.isNaN(e.confidence()) ? "" : String.format(Locale.ROOT, "%.2f", e.confidence()));
    return row;
  }

  /**
   * GDELT's ActionGeo: the place the event's own clause names, else the article's main place (its dateline,
   * else the place it names most), else nothing.
   */
  private static List<String> location(Event e, Geocoding geo) {
    Optional<GeoPoint> own = e.location().entityId().isEmpty() ? Optional.empty() : geo.of(e.location().entityId());
    Optional<GeoPoint> p = own.isPresent() ? own : geo.main();
    if (p.isEmpty()) {
      return List.of("", "", "", "", "");
    }
    List<String> cells = GeoCells.of(p);
    return List.of(cells.get(0), cells.get(2), cells.get(3), cells.get(4), own.isPresent() ? "clause" : "article");
  }
}

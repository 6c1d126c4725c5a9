package org.dateline.table;

import java.util.List;
import java.util.Locale;
import org.dateline.doc.Coding;
import org.dateline.doc.Event;

/** The cells of one events.csv row, in the column order of {@link Table#EVENTS}. */
final class EventRows {

  private EventRows() {
  }

  static List<String> cells(String articleId, Event e, CodePoints cp) {
    Coding c = e.coding();
    return TableCells.cells(articleId, e.eventId(), e.sentence(), e.trigger(), e.triggerLemma(),
        cp.of(e.triggerStart()), cp.of(e.triggerEnd()), c.code(), c.root(), c.plover(), c.quadClass(),
        String.format(Locale.ROOT, "%.1f", c.goldstein()),
        e.actor().text(), e.actor().entityId(), e.actor().name(), e.actor().code(),
        e.target().text(), e.target().entityId(), e.target().name(), e.target().code(),
        e.location().text(), e.location().entityId(),
        e.date(), e.dateText(), e.dateSource(), e.negated(), e.modality(), e.quoteId(), e.rule(),
        e.section().label(), e.evidence().replaceAll("\\s+", " ").strip());
  }
}

package org.dateline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.dateline.output.OutputFolder;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * The per-article views: each indexed article's text (kept in texts/ by the run) with its mentions, quotes,
 * speakers and event triggers highlighted, as CoreNLP's web view shows annotations. The tables are in article
 * order, so one pass over each reads exactly the rows of the first articles and stops.
 */
final class ArticleViews {

  private static final Set<String> NAMED = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  private ArticleViews() {
  }

  static String render(Path dir, ArticleIndex index) {
    StringBuilder b = new StringBuilder("<p>The first ").append(index.rows().size()).append(" articles of the run, "
        + "with names (<span class=\"m-PERSON\">person</span>, <span class=\"m-ORGANIZATION\">organization</span>, "
        + "<span class=\"m-LOCATION\">place</span>, <span class=\"m-other\">other</span>), "
        + "<span class=\"q\">quotes</span>, <span class=\"spk\">speakers</span> and <span class=\"trg\">event "
        + "triggers</span> marked; hover a mark for details. Later articles are in the tables only.</p>");
    try (TableReader mentions = TableReader.open(dir, Table.MENTIONS);
         TableReader quotes = TableReader.open(dir, Table.QUOTES);
         TableReader events = TableReader.open(dir, Table.EVENTS)) {
      int n = 0;
      for (TableRow a : index.rows()) {
        n++;
        String id = a.articleId();
        Highlighter h = new Highlighter();
        for (TableRow m; (m = mentions.nextOf(id)) != null;) {
          String type = NAMED.contains(m.get("type")) ? m.get("type") : "other";
          h.add(m.number("start"), m.number("end"), "m-" + type, m.get("type") + " " + m.get("entity_id")
              + (m.get("normalized").isEmpty() ? "" : " = " + m.get("normalized")));
        }
        for (TableRow q; (q = quotes.nextOf(id)) != null;) {
          String who = q.get("speaker_name").isEmpty() ? q.get("speaker") : q.get("speaker_name");
          h.add(q.number("start"), q.number("end"), "q", "quote " + q.get("quote_id") + " (" + q.get("kind")
              + "), speaker: " + (who.isEmpty() ? "unknown" : who));
          h.add(q.number("speaker_start"), q.number("speaker_end"), "spk", "speaker of " + q.get("quote_id")
              + ": " + who);
        }
        for (TableRow e; (e = events.nextOf(id)) != null;) {
          h.add(e.number("trigger_start"), e.number("trigger_end"), "trg", "event " + e.get("event_id") + " CAMEO "
              + e.get("cameo_code") + " " + e.get("plover_type") + ": " + e.get("actor_name") + " → "
              + e.get("target_name"));
        }
        b.append("<article id=\"").append(ArticleIndex.anchor(n)).append("\" aria-labelledby=\"h-")
            .append(ArticleIndex.anchor(n)).append("\"><h3 id=\"h-").append(ArticleIndex.anchor(n)).append("\">")
            .append(Html.esc(a.get("title").isEmpty() ? id : a.get("title"))).append("</h3><p class=\"meta\">")
            .append(Html.esc(id)).append(" · ").append(Html.esc(a.get("published"))).append(" · ")
            .append(Html.esc(a.get("status"))).append(a.get("error").isEmpty() ? "" : ": " + Html.esc(a.get("error")))
            .append("</p>");
        String text = text(dir, id);
        b.append(text == null ? "<p>(text not kept for this article)</p>"
            : "<div class=\"text\">" + h.render(text) + "</div>");
        b.append("</article>");
      }
    }
    return b.toString();
  }

  private static String text(Path dir, String id) {
    Path file = OutputFolder.textFile(dir, id);
    try {
      return file != null && Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    } catch (IOException e) {
      return null;
    }
  }
}

package org.dateline.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dateline.output.RunRecord;
import org.dateline.output.RunTally;

/** The overview (articles ok and failed, failures by reason, rows per table) and the run record from run.json. */
final class RunSection {

  private RunSection() {
  }

  static String overview(RunTally t, ArticleIndex index) {
    StringBuilder b = new StringBuilder("<dl class=\"figures\">");
    figure(b, "articles read", t.articles());
    figure(b, "ok", t.ok());
    figure(b, "failed", t.failed());
    figure(b, "tokens", t.tokens());
    b.append("<div><dt>article time, summed</dt><dd>").append(String.format("%.1f s", t.articleMillis() / 1000.0))
        .append("</dd></div></dl>");
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, Long> e : t.rows().entrySet()) {
      rows.add(List.of(Html.esc(e.getKey()), Long.toString(e.getValue())));
    }
    b.append(Html.table("Rows per table", List.of("table", "rows"), rows));
    if (!t.failures().isEmpty()) {
      List<List<String>> f = new ArrayList<>();
      for (RunTally.Failure failure : t.failures()) {
        f.add(List.of(Html.esc(failure.reason()), Long.toString(failure.count()),
            String.join(", ", failure.articleIds().stream().map(index::link).toList())
                + (failure.count() > failure.articleIds().size() ? ", …" : "")));
      }
      b.append(Html.table("Failed articles by reason (the error column of articles.csv; first "
          + RunTally.IDS_PER_REASON + " articles of each)", List.of("reason", "articles", "which"), f));
    }
    return b.toString();
  }

  private static void figure(StringBuilder b, String label, long value) {
    b.append("<div><dt>").append(label).append("</dt><dd id=\"fig-").append(label.replace(' ', '-')).append("\">")
        .append(value).append("</dd></div>");
  }

  /** The run record's main facts as a table, and the whole file below; empty when the folder has no run.json. */
  static String record(Path dir) {
    Path file = dir.resolve(RunRecord.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      return "";
    }
    try {
      JsonNode run = new ObjectMapper().readTree(file.toFile());
      List<List<String>> rows = new ArrayList<>();
      for (String field : List.of("dateline_version", "corenlp_version", "java_version", "started", "finished",
          "seconds", "threads", "command_line")) {
        if (run.has(field)) {
          rows.add(List.of(Html.esc(field), Html.esc(run.get(field).asText())));
        }
      }
      run.path("options").fields().forEachRemaining(e -> rows.add(List.of(Html.esc("option " + e.getKey()),
          Html.esc(e.getValue().isTextual() ? e.getValue().asText() : e.getValue().toString()))));
      String whole = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(run);
      return Html.table("How the tables were made (run.json)", List.of("field", "value"), rows)
          + "<details><summary>run.json in full</summary><pre>" + Html.esc(whole) + "</pre></details>";
    } catch (IOException e) {
      return "<p>run.json could not be read: " + Html.esc(e.getMessage()) + "</p>";
    }
  }
}

package org.dateline.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.config.Options;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.doc.Article;
import org.dateline.doc.Doc;
import org.dateline.doc.Segment;
import org.dateline.page.PageSegmenter;

/** Developer tool (not shipped): annotates a gold JSONL once and stores the NlpDocs as JSON for fast tuning. */
public final class NlpCacheDump {

  private NlpCacheDump() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    CoreNlpAnnotator nlp = CoreNlpAnnotator.shared(Options.DEFAULTS);
    PageSegmenter segmenter = new PageSegmenter();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
         PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        JsonNode d = json.readTree(line);
        String date = d.has("date") ? d.get("date").asText() : "";
        Article a = new Article(d.get("id").asText(), "dev", "", d.get("text").asText(), date, "input", "", "");
        List<Segment> segments = segmenter.segment(a).segments();
        Doc doc = nlp.annotate(a, segments);
        out.println(json.writeValueAsString(new Cached(doc, segments)));
        out.flush();
        System.err.println(++n + " " + a.id());
      }
    }
  }

  /** One cached document. */
  public record Cached(Doc doc, List<Segment> segments) {
  }
}

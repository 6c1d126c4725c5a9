package org.dateline.people;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.dateline.corenlp.Demonyms;
import org.dateline.devtools.NlpCacheDump;
import org.dateline.doc.Doc;
import org.dateline.doc.Entity;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Mention;
import org.dateline.entities.EntityExtractor;

/**
 * Developer tool (not shipped): the gender stage on cached NlpDocs (from NlpCacheDump) against people-gender gold,
 * printing each missed person with the evidence the stage gathered; args: gold cache.
 */
public final class GenderTune {

  private GenderTune() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Map<String, JsonNode> gold = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      JsonNode d = json.readTree(line);
      gold.put(d.get("id").asText(), d);
    }
    EntityExtractor entities = new EntityExtractor(Demonyms.load());
    GenderStage stage = new GenderStage(GenderLexicon.load(null));
    int[] counts = new int[7];
    long stageNanos = 0;
    int tokens = 0;
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[1]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        Doc doc = json.readValue(line, NlpCacheDump.Cached.class).doc();
        EntityTable table = entities.extract(doc);
        Map<String, Evidence> evidence = stage.evidence(doc, table);
        long t0 = System.nanoTime();
        EntityTable done = stage.assign(doc, table);
        stageNanos += System.nanoTime() - t0;
        tokens += doc.tokens().size();
        String text = doc.article().text();
        for (JsonNode p : gold.get(doc.article().id()).get("people")) {
          Map<String, Integer> overlap = new HashMap<>();
          for (JsonNode span : p.get("mentions")) {
            for (Mention m : done.mentions()) {
              int s = text.codePointCount(0, m.start());
              int e = text.codePointCount(0, m.end());
              if (m.type().equals("PERSON") && s < span.get(1).asInt() && span.get(0).asInt() < e) {
                overlap.merge(m.entityId(), 1, Integer::sum);
              }
            }
          }
          String best = overlap.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
              .orElse(null);
          Entity e = best == null ? null : done.entity(best).orElseThrow();
          String got = e == null ? "" : e.gender();
          String want = p.get("gender").asText();
          int g = want.equals("female") ? 0 : 1;
          counts[2 + g]++;
          if (!got.isEmpty()) {
            counts[4 + (got.equals("female") ? 0 : 1)]++;
          }
          if (got.equals(want)) {
            counts[g]++;
          } else {
            System.out.println(doc.article().id() + "\t" + p.get("name").asText() + "\t" + want + "\tgot " + got
                + (e == null ? " (no entity)" : "\t" + e.name() + "\t" + evidence.get(best)));
          }
        }
      }
    }
    for (int g = 0; g < 2; g++) {
      double prec = counts[g] / (double) counts[4 + g];
      double rec = counts[g] / (double) counts[2 + g];
      System.out.printf("%s P %.3f R %.3f F1 %.3f%n", g == 0 ? "female" : "male", prec, rec, 2 * prec * rec / (prec + rec));
    }
    System.out.printf("gender stage: %.1f ms for %d tokens (first pass, JIT included)%n", stageNanos / 1e6, tokens);
    System.out.printf("coverage %.3f%n", (counts[4] + counts[5]) / (double) (counts[2] + counts[3]));
  }
}

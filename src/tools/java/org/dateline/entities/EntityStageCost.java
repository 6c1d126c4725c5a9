package org.dateline.entities;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.corenlp.Demonyms;
import org.dateline.devtools.NlpCacheDump;
import org.dateline.doc.Doc;
import org.dateline.geo.Gazetteer;

/**
 * Developer tool (not shipped): the entity stage's warm CPU time on NlpDocs cached by {@link NlpCacheDump}; args:
 * cache [passes]. Every pass extracts every document; the last pass is reported (the first ones warm the JIT).
 */
public final class EntityStageCost {

  private EntityStageCost() {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<Doc> docs = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      docs.add(json.readValue(line, NlpCacheDump.Cached.class).doc());
    }
    int tokens = docs.stream().mapToInt(d -> d.tokens().size()).sum();
    EntityExtractor entities = new EntityExtractor(Demonyms.load(), Gazetteer.shared(null)::wellKnown);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int p = 1; p <= passes; p++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      docs.forEach(entities::extract);
      double ms = (cpu.getCurrentThreadCpuTime() - t0) / 1e6;
      System.out.printf(java.util.Locale.ROOT, "pass %d: %.0f CPU ms for %d tokens (%.1f ms per 1,000 tokens)%n", p,
          ms, tokens, ms * 1000 / tokens);
    }
  }
}

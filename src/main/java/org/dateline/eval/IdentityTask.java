package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.config.Extraction;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;
import org.dateline.table.Table;
import org.dateline.table.TableReader;
import org.dateline.table.TableRow;

/**
 * One identity across the corpus against people-dev's {@code entity-identity-dev.jsonl} (Wikipedia-linked
 * mentions), scored on mentions.csv and entities.csv as {@link IdentityScorer} says, overall and on the two fixed
 * halves of the documents. The texts are the {@code people-dev.jsonl} beside the gold file.
 */
final class IdentityTask implements EvalTask {

  static final String TEXTS = "people-dev.jsonl";
  private static final Map<String, String> TYPES = Map.of("PERSON", "PER", "LOCATION", "LOC", "ORGANIZATION", "ORG");

  private final Path gold;
  private final List<IdentityScorer.Gold> mentions = new ArrayList<>();
  private final Map<String, String> texts = new LinkedHashMap<>();

  IdentityTask(Path gold, int limit) {
    this.gold = gold;
    Path textFile = gold.resolveSibling(TEXTS);
    if (!Files.isRegularFile(textFile)) {
      throw new UsageException("identity needs the documents' texts in " + textFile + " beside the gold file");
    }
    ObjectMapper json = new ObjectMapper();
    try (MappingIterator<JsonNode> docs = json.readerFor(JsonNode.class).readValues(textFile.toFile());
         MappingIterator<JsonNode> links = json.readerFor(JsonNode.class).readValues(gold.toFile())) {
      while (docs.hasNext() && (limit <= 0 || texts.size() < limit)) {
        JsonNode d = docs.next();
        texts.put(d.get("id").asText(), d.get("text").asText());
      }
      while (links.hasNext()) {
        JsonNode m = links.next();
        if (texts.containsKey(m.get("doc").asText())) {
          mentions.add(new IdentityScorer.Gold(m.get("doc").asText(), m.get("begin").asInt(), m.get("end").asInt(),
              m.get("type").asText(), m.get("wiki").asText()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + gold + " or " + textFile + " (JSON lines expected)", e);
    }
  }

  @Override
  public Set<Extraction> needs() {
    return Set.of(Extraction.ENTITIES);
  }

  @Override
  public List<Article> articles() {
    return texts.entrySet().stream().map(d -> EvalTask.goldArticle(d.getKey(), d.getValue(), null)).toList();
  }

  @Override
  public Report score(Path tables, int errors) {
    Map<List<String>, String> keys = new HashMap<>();
    try (TableReader entities = TableReader.open(tables, Table.ENTITIES)) {
      entities.forEachRemaining(e -> keys.put(List.of(e.articleId(), e.get("entity_id")), e.get("entity_key")));
    }
    Map<String, List<IdentityScorer.Predicted>> byDoc = new HashMap<>();
    try (TableReader rows = TableReader.open(tables, Table.MENTIONS)) {
      while (rows.hasNext()) {
        TableRow m = rows.next();
        String type = TYPES.get(m.get("type"));
        String entity = m.get("entity_id");
        if (type != null && !entity.isEmpty()) {
          String key = keys.getOrDefault(List.of(m.articleId(), entity), "");
          byDoc.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(new IdentityScorer.Predicted(
              m.number("start"), m.number("end"), type, key.isEmpty() ? m.articleId() + "#" + entity : key));
        }
      }
    }
    IdentityScorer all = new IdentityScorer();
    Map<Boolean, IdentityScorer> halves = Map.of(true, new IdentityScorer(), false, new IdentityScorer());
    for (IdentityScorer.Gold g : mentions) {
      List<IdentityScorer.Predicted> predicted = byDoc.getOrDefault(g.doc(), List.of());
      all.add(g, predicted);
      halves.get(EvalTask.inFirstHalf(g.doc())).add(g, predicted);
    }
    Report report = new Report("Dateline on " + gold.getFileName() + " (" + texts.size() + " documents, "
        + all.mentions() + " linked mentions; halves A/B by id hash: " + halves.get(true).mentions() + "/"
        + halves.get(false).mentions() + ")", List.of(all.pairs("cross-document pairs"),
        halves.get(true).pairs("cross-document pairs (half A)"),
        halves.get(false).pairs("cross-document pairs (half B)")));
    report = figures(report, "", all);
    report = figures(report, " A", halves.get(true));
    report = figures(report, " B", halves.get(false));
    return report;
  }

  private static Report figures(Report report, String half, IdentityScorer s) {
    double[] b = s.bcubed();
    double[] m = s.macro();
    double f = m[0] + m[1] == 0 ? 0 : 2 * m[0] * m[1] / (m[0] + m[1]);
    String label = half.isEmpty() ? "all" : "half" + half;
    return report.with("macro precision" + half, m[0], String.format(Locale.ROOT,
            "%s: cross-document macro P/R/F1 %.3f/%.3f/%.3f; B-cubed P/R %.3f/%.3f", label, m[0], m[1], f, b[0], b[1]))
        .with("macro recall" + half, m[1], "").with("macro F1" + half, f, "")
        .with("B-cubed precision" + half, b[0], "").with("B-cubed recall" + half, b[1], "");
  }
}

package org.dateline.output;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dateline.identity.AliasTable;
import org.dateline.table.Table;

/**
 * Benchmark and tuning tool (not shipped; in this package to reach the package-private writers): resolves the
 * entity keys of a finished run's tables again, as publishing does, and reports the CPU seconds it took. A run of
 * an older version (quotes.csv without speaker_key, events.csv without actor_key/target_key) is upgraded first:
 * the key columns are filled with the article's own keys. Args: IN (an extract run's --out) OUT [ALIASES,...].
 */
public final class IdentityCost {

  private IdentityCost() {
  }

  public static void main(String[] args) throws IOException {
    Path in = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Files.createDirectories(out);
    Map<String, String> keyOf = new HashMap<>();
    for (List<String> e : rows(in.resolve(Table.ENTITIES.fileName()))) {
      keyOf.put(e.get(0) + "\t" + e.get(1), e.get(2));
    }
    Files.copy(in.resolve(Table.ARTICLES.fileName()), out.resolve(Table.ARTICLES.fileName()),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(in.resolve(Table.MENTIONS.fileName()), out.resolve(Table.MENTIONS.fileName()),
        StandardCopyOption.REPLACE_EXISTING);
    copy(in, out, Table.ENTITIES, keyOf, List.of());
    copy(in, out, Table.QUOTES, keyOf, List.of("speaker_entity_id"));
    copy(in, out, Table.EVENTS, keyOf, List.of("actor_entity_id", "target_entity_id"));
    AliasTable aliases = AliasTable.load("", args.length > 2 ? List.of(args[2].split(",")) : List.of());
    long cpu0 = cpu();
    long t0 = System.nanoTime();
    Path keyed = KeyedTables.write(out, aliases);
    try (CsvTable corpus = CsvTable.create(out.resolve(Table.CORPUS_ENTITIES.fileName()), Table.CORPUS_ENTITIES)) {
      CorpusEntities.of(out, keyed).writeTo(corpus);
    }
    KeyedTables.promote(out);
    System.out.printf("identity: %.2f CPU s, %.2f wall s (key resolution, keyed tables and corpus table)%n",
        (cpu() - cpu0) / 1e9, (System.nanoTime() - t0) / 1e9);
  }

  /** Copies a table, appending the key columns an older version lacks, from the article's entity ids. */
  private static void copy(Path in, Path out, Table t, Map<String, String> keyOf, List<String> idColumns)
      throws IOException {
    List<List<String>> rows = rows(in.resolve(t.fileName()));
    try (CsvTable table = CsvTable.create(out.resolve(t.fileName()), t)) {
      for (List<String> r : rows) {
        List<String> cells = new ArrayList<>(r);
        if (cells.size() < t.columnNames().size()) {
          for (String id : idColumns) {
            String entity = cells.get(t.indexOf(id));
            cells.add(entity.isEmpty() ? "" : keyOf.getOrDefault(cells.get(0) + "\t" + entity, ""));
          }
        }
        table.row(cells);
      }
    }
  }

  private static List<List<String>> rows(Path file) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
      for (CSVRecord rec : p) {
        rows.add(rec.toList());
      }
    }
    return rows;
  }

  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}

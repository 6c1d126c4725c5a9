package org.dateline.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.ActorFiles;
import org.dateline.config.Extraction;
import org.dateline.config.InputFields;
import org.dateline.config.Options;
import org.dateline.config.Version;

/**
 * {@code run.json}: how a table folder was made — versions, command line, options that change rows, inputs, start and
 * end, the machine, and the counts of {@link RunTally}. Written into the progress folder just before the tables are
 * published, and published with them, so a folder with tables always has the record of the run that made them.
 * Jackson (already used to read JSONL) writes it, so escaping is never hand-made.
 */
public final class RunRecord {

  public static final String FILE_NAME = "run.json";

  private RunRecord() {
  }

  /** The record of a run that started as {@code start} and whose finished tables are in {@code tables}. */
  public static Map<String, Object> of(RunStart start, Path tables) {
    RunTally tally = RunTally.of(tables);
    Instant end = Instant.now();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("dateline_version", Version.dateline());
    m.put("corenlp_version", Version.CORENLP);
    m.put("java_version", System.getProperty("java.version"));
    m.put("command_line", start.commandLine());
    m.put("started", start.started().toString());
    m.put("finished", end.toString());
    m.put("seconds", Duration.between(start.started(), end).toMillis() / 1000.0);
    m.put("options", options(start.options()));
    m.put("formats", start.formats());
    m.put("input_fields", fields(start.fields()));
    m.put("threads", start.threads());
    m.put("inputs", start.inputs());
    Runtime rt = Runtime.getRuntime();
    m.put("machine", ordered("cores", rt.availableProcessors(), "max_heap_bytes", rt.maxMemory(),
        "os", System.getProperty("os.name") + " " + System.getProperty("os.arch")));
    m.put("articles", ordered("read", tally.articles(), "ok", tally.ok(), "failed", tally.failed()));
    m.put("status", tally.statuses());
    m.put("tokens", tally.tokens());
    m.put("tables", tally.rows());
    m.put("failures", tally.failures().stream().map(f -> ordered("reason", f.reason(), "count", f.count(),
        "articles", f.articleIds())).toList());
    return m;
  }

  /** Three fields in the order given, so run.json reads the same from run to run. */
  private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2, String k3, Object v3) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(k1, v1);
    m.put(k2, v2);
    m.put(k3, v3);
    return m;
  }

  private static Map<String, Object> fields(InputFields f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", f.id());
    m.put("text", f.text());
    m.put("title", f.title());
    m.put("date", f.date());
    m.put("url", f.url());
    return m;
  }

  private static Map<String, Object> options(Options o) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("tables", Extraction.labels(o.tables()));
    m.put("ner_models", o.nerModels().isEmpty() ? List.of("CoreNLP default (3, 4 and 7 class CRF)") : o.nerModels());
    m.put("models_dir", o.modelsDir().isEmpty() ? "bundled" : o.modelsDir());
    m.put("actors", o.actorFiles().equals(ActorFiles.BUNDLED) ? "bundled" : o.actorFiles().describe());
    // The bundled alias table is always read; the user's files after it.
    m.put("aliases", java.util.stream.Stream.concat(java.util.stream.Stream.of("bundled"), o.aliasFiles().stream())
        .toList());
    m.put("date", o.defaultDate());
    m.put("max_sentence_tokens", o.maxSentenceTokens());
    m.put("max_article_chars", o.maxArticleChars());
    m.put("article_timeout_seconds", o.articleTimeout().toSeconds());
    m.put("timings", o.timings());
    return m;
  }

  /** Writes {@code record} as {@code dir/run.json}, via a temporary file and an atomic rename. */
  public static void write(Map<String, Object> record, Path dir) throws IOException {
    Path tmp = dir.resolve(FILE_NAME + ".tmp");
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), record);
    Files.move(tmp, dir.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}

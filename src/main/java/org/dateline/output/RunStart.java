package org.dateline.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dateline.config.InputFields;
import org.dateline.config.Options;

/**
 * What a run's record knows when it starts: the command line, the inputs as they were found (paths, sizes,
 * modification times) and the options. Taken before the first article so the record says what the run read, even
 * if an input changes while it runs.
 *
 * @param inputs  one entry per INPUT argument: its path, files, bytes, and up to {@link #LISTED_FILES} files
 * @param formats the table formats written (csv, jsonl, parquet, xlsx)
 * @param fields  the names the input records' fields were read by
 */
public record RunStart(Instant started, String commandLine, List<Map<String, Object>> inputs, Options options,
                       int threads, List<String> formats, InputFields fields) {

  /** A folder of 100,000 files would make run.json larger than the tables; the totals still count them all. */
  static final int LISTED_FILES = 100;

  public RunStart {
    inputs = List.copyOf(inputs);
    formats = List.copyOf(formats);
  }

  public static RunStart now(List<String> inputArgs, Options options, int threads, List<String> formats,
                             InputFields fields) {
    String command = ProcessHandle.current().info().commandLine().orElse("");
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (String arg : inputArgs) {
      inputs.add(describe(arg));
    }
    return new RunStart(Instant.now(), command, inputs, options, threads, formats, fields);
  }

  private static Map<String, Object> describe(String arg) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("path", arg);
    if (arg.matches("[a-zA-Z][a-zA-Z0-9+.-]+://.*") && !arg.startsWith("file:")) {
      m.put("kind", "remote (not listed)");
      return m;
    }
    Path p = Path.of(arg.startsWith("file:") ? java.net.URI.create(arg).getPath() : arg);
    if (arg.equals("-") || !Files.exists(p)) {
      m.put("kind", arg.equals("-") ? "standard input" : "missing");
      return m;
    }
    List<Map<String, Object>> listed = new ArrayList<>();
    long files = 0;
    long bytes = 0;
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
        long size = Files.size(f);
        files++;
        bytes += size;
        if (listed.size() < LISTED_FILES) {
          Map<String, Object> file = new LinkedHashMap<>();
          file.put("path", f.toString());
          file.put("bytes", size);
          file.put("modified", Files.getLastModifiedTime(f).toInstant().toString());
          listed.add(file);
        }
      }
    } catch (IOException | RuntimeException e) {
      m.put("error", "cannot list: " + e.getMessage());
    }
    m.put("kind", Files.isDirectory(p) ? "folder" : "file");
    m.put("files", files);
    m.put("bytes", bytes);
    m.put("listed", listed);
    return m;
  }
}

package org.dateline.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table read back as a multiset of rows, every column as text, for comparing tables whatever their row order:
 * the CLI's one CSV file, or the Spark job's folder of part files.
 */
final class SparkTables {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

  private SparkTables() {
  }

  /** Rows of a CSV file, or of every part file in a folder; the header of each must be {@code columns}. */
  static Map<List<String>, Integer> rows(Path fileOrFolder, List<String> columns) throws IOException {
    Map<List<String>, Integer> rows = new HashMap<>();
    for (Path file : csvFiles(fileOrFolder)) {
      try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
           CSVParser parser = CSVParser.builder().setReader(in).setFormat(FORMAT).get()) {
        if (!parser.getHeaderNames().equals(columns)) {
          throw new AssertionError(file + " has the header " + parser.getHeaderNames() + ", not " + columns);
        }
        for (CSVRecord r : parser) {
          rows.merge(r.toList(), 1, Integer::sum);
        }
      }
    }
    return rows;
  }

  private static List<Path> csvFiles(Path fileOrFolder) throws IOException {
    if (!Files.isDirectory(fileOrFolder)) {
      return List.of(fileOrFolder);
    }
    try (Stream<Path> files = Files.list(fileOrFolder)) {
      return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
    }
  }

  /** Up to five rows one side has more often than the other: what an assertion message should show. */
  static List<String> difference(Map<List<String>, Integer> expected, Map<List<String>, Integer> actual) {
    List<String> diff = new ArrayList<>();
    expected.forEach((row, n) -> {
      if (!n.equals(actual.get(row)) && diff.size() < 5) {
        diff.add("expected " + n + "x, got " + actual.getOrDefault(row, 0) + "x: " + row);
      }
    });
    actual.forEach((row, n) -> {
      if (!expected.containsKey(row) && diff.size() < 10) {
        diff.add("unexpected " + n + "x: " + row);
      }
    });
    return diff;
  }
}

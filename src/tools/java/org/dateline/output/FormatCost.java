package org.dateline.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.config.TableFormat;
import org.dateline.table.Table;

/**
 * Benchmark tool (not shipped; in this package to reach the package-private writers): what each --format costs
 * on a finished run's CSV tables: wall seconds to derive it (second of two rounds, so the JIT and DuckDB's native
 * library load are not billed) and the size of its files. Args: FOLDER (an extract run's --out).
 */
public final class FormatCost {

  private FormatCost() {
  }

  public static void main(String[] args) throws IOException {
    Path run = Path.of(args[0]);
    Path work = Files.createTempDirectory("dateline-format-cost");
    long csvBytes = 0;
    for (Table t : Table.values()) {
      csvBytes += Files.size(Files.copy(run.resolve(t.fileName()), work.resolve(t.fileName()),
          StandardCopyOption.REPLACE_EXISTING));
    }
    System.out.printf("%-8s %8s %10s%n", "format", "seconds", "MB");
    System.out.printf("%-8s %8s %10.2f%n", "csv", "-", csvBytes / 1e6);
    for (TableFormat f : List.of(TableFormat.JSONL, TableFormat.PARQUET, TableFormat.XLSX)) {
      double seconds = 0;
      long bytes = 0;
      for (int round = 0; round < 2; round++) {
        long start = System.nanoTime();
        List<String> names = DerivedFormats.write(work, EnumSet.of(f));
        seconds = (System.nanoTime() - start) / 1e9;
        bytes = 0;
        for (String name : names) {
          bytes += Files.size(work.resolve(name));
          Files.delete(work.resolve(name));
        }
      }
      System.out.printf("%-8s %8.2f %10.2f%n", f.label(), seconds, bytes / 1e6);
    }
    try (Stream<Path> left = Files.list(work)) {
      for (Path p : left.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(work);
  }
}

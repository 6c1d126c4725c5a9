package org.dateline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.dateline.config.OutputMode;
import org.dateline.config.TableFormat;
import org.dateline.config.UsageException;
import org.dateline.table.Table;

/**
 * The output folder's life cycle. While a run is going, its tables grow under temporary names in
 * {@code .dateline-progress/} beside a progress journal; only a finished run's tables are moved into the folder.
 * So the folder never shows a half-written table, and an interrupted run can be continued ({@link OutputMode}).
 */
public final class OutputFolder {

  static final String PROGRESS_DIR = ".dateline-progress";
  public static final String TEXTS_DIR = "texts";
  /** Written by the report package after the tables are published; cleared here with them. */
  public static final String REPORT_FILE = "report.html";

  private OutputFolder() {
  }

  /** Where the text of article {@code id} is kept in {@code dir}/texts/; null for an id that would leave it. */
  public static Path textFile(Path dir, String id) {
    Path texts = dir.resolve(TEXTS_DIR);
    Path file = texts.resolve(id.replaceAll("[^\\p{L}\\p{N}._/-]", "_") + ".txt").normalize();
    return file.startsWith(texts) ? file : null;
  }

  static Path progressDir(Path dir) {
    return dir.resolve(PROGRESS_DIR);
  }

  /**
   * Checks, changing nothing, that a run with these settings may use {@code dir} in this mode; called before the
   * models are loaded so a usage mistake costs nothing and writes nothing.
   *
   * @return what an interrupted run in the folder already did (nothing for a new run)
   * @throws UsageException naming the folder and what to do
   */
  public static RunProgress check(Path dir, OutputMode mode, String settings) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UsageException("--out " + dir + " is a file, not a folder; name a folder for the tables");
    }
    List<String> present = entries(dir);
    Path journal = progressDir(dir).resolve(ProgressJournal.FILE_NAME);
    switch (mode) {
      case FRESH -> {
        if (!present.isEmpty()) {
          throw new UsageException("output folder " + dir + " is not empty (it holds " + sample(present) + "); "
              + "use --overwrite to replace a previous run's tables, --resume to continue an interrupted run, or "
              + "choose another --out folder");
        }
      }
      case RESUME -> {
        if (Files.exists(journal)) {
          RunProgress progress = RunProgress.read(journal);
          if (!progress.isNew() && !progress.settings().equals(settings)) {
            throw new UsageException("cannot resume in " + dir + ": the interrupted run used other inputs or "
                + "options.\n  then: " + progress.settings() + "\n  now:  " + settings
                + "\nresume with the same inputs and options, or use --overwrite to start again");
          }
          return progress;
        }
        if (present.contains(Table.ARTICLES.fileName())) {
          throw new UsageException("nothing to resume in " + dir + ": it holds a finished run's tables and no "
              + "progress journal; use --overwrite to run again, or choose another --out folder");
        }
        if (present.stream().anyMatch(name -> !name.equals(PROGRESS_DIR))) {
          throw new UsageException("nothing to resume in " + dir + ": it holds other files (" + sample(present)
              + ") and no progress journal; choose an empty or new --out folder");
        }
      }
      case OVERWRITE -> {
        // Anything may be there: only Dateline's own files are replaced.
      }
    }
    return RunProgress.none();
  }

  /** Checks as {@link #check} does, then clears what this mode replaces; returns where the run starts. */
  public static RunProgress prepare(Path dir, OutputMode mode, String settings) {
    RunProgress progress = check(dir, mode, settings);
    try {
      if (mode == OutputMode.OVERWRITE) {
        for (Table f : Table.values()) {
          Files.deleteIfExists(dir.resolve(f.fileName()));
        }
        for (String derived : DerivedFormats.allFileNames()) {
          Files.deleteIfExists(dir.resolve(derived));
        }
        deleteTree(dir.resolve(TEXTS_DIR));
        Files.deleteIfExists(dir.resolve(RunRecord.FILE_NAME));
        Files.deleteIfExists(dir.resolve(REPORT_FILE));
      }
      if (progress.isNew()) {
        deleteTree(progressDir(dir));
      }
      Files.createDirectories(progressDir(dir));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare output folder " + dir + ": check that it is writable", e);
    }
    return progress;
  }

  /**
   * Moves a finished run's tables from the progress folder into {@code dir} (each an atomic rename; in Excel
   * form when asked), after the files of the other {@code formats} derived from them, and removes the progress folder. Safe to repeat after a crash half-way: a table already
   * moved is no longer in the progress folder and is skipped.
   */
  static void publish(Path dir, boolean excel, Set<TableFormat> formats) throws IOException {
    Path progress = progressDir(dir);
    // The other formats first, derived from the CSV tables while these are all still here.
    for (String name : DerivedFormats.write(progress, formats)) {
      Path file = progress.resolve(name);
      if (Files.exists(file)) {
        Files.move(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    for (Table f : Table.values()) {
      Path part = progress.resolve(f.fileName());
      if (!Files.exists(part)) {
        continue;
      }
      Path target = dir.resolve(f.fileName());
      if (excel) {
        Path converted = progress.resolve(f.fileName() + ".excel");
        ExcelCsv.convert(part, converted);
        Files.move(converted, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(part);
      } else {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
    }
    Path record = progress.resolve(RunRecord.FILE_NAME);
    if (Files.exists(record)) {
      Files.move(record, dir.resolve(RunRecord.FILE_NAME), StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    }
    deleteTree(progress);
  }

  /**
   * What makes a folder non-empty: hidden files (.gitkeep, .DS_Store) do not count, an interrupted run's
   * progress folder does.
   */
  private static List<String> entries(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString())
          .filter(name -> !name.startsWith(".") || name.equals(PROGRESS_DIR)).sorted().toList();
    } catch (IOException e) {
      throw new UsageException("cannot list output folder " + dir + ": " + e.getMessage() + "; check its permissions");
    }
  }

  private static String sample(List<String> names) {
    return names.size() <= 3 ? String.join(", ", names)
        : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

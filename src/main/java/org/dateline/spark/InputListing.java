package org.dateline.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.dateline.config.InputFields;
import org.dateline.config.UsageException;
import org.dateline.input.FileArticles;
import org.dateline.input.InputFormat;

/**
 * Finds the files to read on the driver, before anything is read, by the CLI's rules: inputs in the order given,
 * folders searched recursively in sorted path order, a file's name relative to its folder as its id. That order
 * numbers repeated ids, so the same input always gives the same ids. A missing path, an unsupported file named
 * explicitly or a CSV without a text column is a usage error. Besides the CLI's formats, Parquet files are read,
 * and an input may be a glob.
 */
final class InputListing {

  static final String PARQUET = "PARQUET";
  static final String SUPPORTED = InputFormat.SUPPORTED + ", .parquet";

  /**
   * @param file   position in input order
   * @param format an {@link InputFormat} name, or {@link #PARQUET}
   * @param uri    the qualified location, which Spark also reports as a Parquet row's {@code _metadata.file_path}
   */
  record Listed(int file, String name, String source, String format, String uri) implements Serializable {

    /**
     * The location in one spelling whoever wrote it: Hadoop lists local files as {@code file:///x}, Spark reports
     * a Parquet row's file as {@code file:/x}.
     */
    static String key(String uri) {
      URI u = URI.create(uri);
      return u.getScheme() + "://" + (u.getAuthority() == null ? "" : u.getAuthority()) + u.getPath();
    }
  }

  private InputListing() {
  }

  static List<Listed> list(List<String> inputs, Configuration conf, InputFields fields) {
    List<Listed> files = new ArrayList<>();
    for (String input : inputs) {
      if (input.equals("-")) {
        throw new UsageException("'-' (standard input) cannot be read by a Spark job: executors do not see it; "
            + "write the JSON Lines to a file and name that file");
      }
      for (String path : expand(input, conf)) {
        for (Listed f : listPath(path, conf)) {
          files.add(new Listed(files.size(), f.name(), f.source(), f.format(), f.uri()));
        }
      }
    }
    for (Listed f : files) {
      if (f.format().equals(InputFormat.CSV.name())) {
        FileArticles.checkHeader(new HadoopFile(f.name(), f.source(), InputFormat.CSV, f.uri(), conf), fields);
      }
    }
    return files;
  }

  /** A glob ({@code hdfs:///crawl/2026-0*}), as Spark users write them, is the paths it matches, in sorted order. */
  private static List<String> expand(String input, Configuration conf) {
    if (!input.matches(".*[*?\\[{].*")) {
      return List.of(input);
    }
    try {
      Path pattern = new Path(input);
      FileStatus[] matches = pattern.getFileSystem(conf).globStatus(pattern);
      if (matches == null || matches.length == 0) {
        throw new UsageException("input not found: nothing matches " + input + "; check the pattern");
      }
      return Arrays.stream(matches).map(m -> m.getPath().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UsageException("cannot list input " + input + ": " + e.getMessage() + "; check the pattern");
    }
  }

  private static List<Listed> listPath(String input, Configuration conf) {
    Path path = new Path(input);
    try {
      FileSystem fs = path.getFileSystem(conf);
      FileStatus status = fs.getFileStatus(path);
      if (!status.isDirectory()) {
        String name = status.getPath().getName();
        String format = format(name).orElseThrow(() -> new UsageException("unsupported input file: " + input
            + "; Dateline reads " + SUPPORTED + " (rename or convert the file)"));
        return List.of(new Listed(0, name, input, format, status.getPath().toUri().toString()));
      }
      return listFolder(fs, status.getPath(), stripSlash(input));
    } catch (FileNotFoundException e) {
      throw new UsageException("input not found: " + input + " does not exist; check the path");
    } catch (IOException e) {
      throw new UsageException("cannot list input " + input + ": " + e.getMessage()
          + "; check the path and that the cluster can reach its file system");
    }
  }

  private static List<Listed> listFolder(FileSystem fs, Path folder, String shownAs) throws IOException {
    String root = folder.toUri().getPath();
    List<Listed> found = new ArrayList<>();
    RemoteIterator<LocatedFileStatus> it = fs.listFiles(folder, true);
    while (it.hasNext()) {
      Path file = it.next().getPath();
      String relative = file.toUri().getPath().substring(root.length()).replaceFirst("^/+", "");
      Optional<String> format = format(relative);
      if (format.isPresent()) {
        found.add(new Listed(0, relative, shownAs + "/" + relative, format.get(), file.toUri().toString()));
      }
    }
    // java.nio's order, which is the CLI's (Files.walk(...).sorted()): ids of repeats must not depend on the driver.
    found.sort(Comparator.comparing(f -> java.nio.file.Path.of(f.name())));
    return found;
  }

  private static Optional<String> format(String fileName) {
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
      return Optional.of(PARQUET);
    }
    return InputFormat.of(fileName).map(InputFormat::name);
  }

  /** "samples/" lists as "samples/01.txt", as the CLI's java.nio paths do. */
  private static String stripSlash(String input) {
    String s = input;
    while (s.length() > 1 && s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}

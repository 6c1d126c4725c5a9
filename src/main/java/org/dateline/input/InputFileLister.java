package org.dateline.input;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dateline.config.UsageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the command-line inputs into the ordered list of files to read, failing before anything is read so a
 * typo in the last argument does not surface after an hour of processing. Only paths are listed here; the
 * contents are read later, one file at a time.
 */
final class InputFileLister {

  private static final Logger log = LoggerFactory.getLogger(InputFileLister.class);

  static final String STDIN = "-";

  private InputFileLister() {
  }

  static List<InputFile> list(List<String> inputs) {
    return list(inputs, new ArrayList<>());
  }

  /** As {@link #list(List)}, adding to {@code skipped} each file of a folder passed over and why. */
  static List<InputFile> list(List<String> inputs, List<String> skipped) {
    if (inputs == null || inputs.isEmpty()) {
      throw new UsageException("no input given: name at least one file or folder, or '-' to read JSON Lines from standard input");
    }
    List<InputFile> files = new ArrayList<>();
    boolean stdinSeen = false;
    for (String input : inputs) {
      if (STDIN.equals(input)) {
        if (stdinSeen) {
          throw new UsageException("'-' (standard input) is given more than once; standard input can only be read once, so name it once");
        }
        stdinSeen = true;
        files.add(InputFile.standardInput());
      } else {
        files.addAll(listPath(input, skipped));
      }
    }
    return files;
  }

  private static List<InputFile> listPath(String input, List<String> skipped) {
    Path path = Path.of(input);
    if (Files.isDirectory(path)) {
      return listFolder(path, skipped);
    }
    if (!Files.isRegularFile(path)) {
      throw new UsageException("input not found: " + input + " does not exist or is not a file or folder; check the path");
    }
    // A file the user named explicitly must be readable: silently skipping it would look like an empty result.
    InputFormat format = InputFormat.of(path).orElseThrow(() -> new UsageException(
        "unsupported input file: " + input + "; Dateline reads " + InputFormat.SUPPORTED + " (rename or convert the file)"));
    return List.of(new InputFile(path, path.getFileName().toString(), format));
  }

  private static List<InputFile> listFolder(Path folder, List<String> skipped) {
    List<Path> found;
    try (Stream<Path> walk = Files.walk(folder)) {
      // Sorted so the order of articles, and therefore of every output table, is the same on every run.
      found = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException("cannot list folder " + folder + ": " + e.getMessage() + "; check its permissions");
    }
    List<InputFile> files = new ArrayList<>();
    for (Path file : found) {
      Optional<InputFormat> format = InputFormat.of(file);
      if (format.isEmpty()) {
        // At info, not debug: a folder of files in a format Dateline does not read must not look like an empty
        // corpus.
        log.info("skipping {}: not one of {}", file, InputFormat.SUPPORTED);
        skipped.add(file + " (not a kind of file Dateline reads)");
        continue;
      }
      files.add(new InputFile(file, relativeName(folder, file), format.get()));
    }
    return files;
  }

  /** The id of a file found in a folder: its path below that folder with '/' on every platform. */
  private static String relativeName(Path folder, Path file) {
    Path relative = folder.relativize(file);
    List<String> parts = new ArrayList<>();
    relative.forEach(part -> parts.add(part.toString()));
    return String.join("/", parts);
  }
}

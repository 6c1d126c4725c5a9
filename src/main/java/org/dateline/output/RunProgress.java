package org.dateline.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.config.UsageException;

/**
 * What an interrupted run recorded in its progress journal: the settings it ran with, the articles it finished
 * (in input order) and the table lengths after the last of them. Only complete lines count.
 *
 * @param settings      the run settings the journal was started with; empty for a new run
 * @param finishedIds   ids of the finished articles, in input order
 * @param failed        how many of them failed
 * @param lengths       table file lengths after the last finished article (or the header rows); empty when the
 *                      tables must be started afresh
 * @param journalLength bytes of the journal up to its last complete line
 * @param complete      every article was finished and the corpus table written; only publishing is left
 */
public record RunProgress(String settings, List<String> finishedIds, long failed, Map<String, Long> lengths,
                          long journalLength, boolean complete) {

  public RunProgress {
    finishedIds = List.copyOf(finishedIds);
    lengths = Map.copyOf(lengths);
  }

  static RunProgress none() {
    return new RunProgress("", List.of(), 0, Map.of(), 0, false);
  }

  public long finished() {
    return finishedIds.size();
  }

  public boolean isNew() {
    return lengths.isEmpty();
  }

  static RunProgress read(Path journal) {
    String all;
    try {
      all = new String(Files.readAllBytes(journal), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the progress journal " + journal, e);
    }
    String settings = "";
    List<String> ids = new ArrayList<>();
    long failed = 0;
    Map<String, Long> lengths = Map.of();
    boolean complete = false;
    long valid = 0;
    int from = 0;
    for (int nl = all.indexOf('\n'); nl >= 0; from = nl + 1, nl = all.indexOf('\n', from)) {
      String[] f = all.substring(from, nl).split("\t", -1);
      if (from == 0 && f.length == 2 && f[0].equals(ProgressJournal.MAGIC)) {
        settings = ProgressJournal.unescape(f[1]);
      } else if (from > 0 && f.length == 2 && f[0].equals("start")) {
        lengths = parseLengths(f[1]);
      } else if (from > 0 && f.length == 5 && f[0].equals("article") && f[1].equals(Long.toString(ids.size() + 1))) {
        lengths = parseLengths(f[3]);
        ids.add(ProgressJournal.unescape(f[4]));
        failed += f[2].equals("failed") ? 1 : 0;
      } else if (from > 0 && f.length == 1 && f[0].equals("finished")) {
        complete = true;
      } else {
        break;
      }
      // Byte length, not char length: the journal is reopened at this byte offset.
      valid += all.substring(from, nl + 1).getBytes(StandardCharsets.UTF_8).length;
    }
    return new RunProgress(settings, ids, failed, lengths, valid, complete);
  }

  /** {@code file=bytes,...}; a garbled field cannot come from a complete line, so it is a corrupt journal. */
  private static Map<String, Long> parseLengths(String field) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String pair : field.split(",")) {
      int eq = pair.lastIndexOf('=');
      try {
        m.put(pair.substring(0, eq), Long.parseLong(pair.substring(eq + 1)));
      } catch (RuntimeException e) {
        throw new UsageException("corrupt progress journal: bad table lengths '" + field
            + "'; start the run again with --overwrite");
      }
    }
    return m;
  }
}

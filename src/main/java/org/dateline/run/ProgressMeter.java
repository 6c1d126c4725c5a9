package org.dateline.run;

import java.io.PrintStream;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows how far a run is: a bar redrawn in place on a terminal, or a log line every half minute otherwise (so
 * log files and CI output stay readable, and {@code -q} silences it with the other info lines). Nothing shows in
 * the first seconds: short runs need no progress display. Called only from the pipeline's loop thread.
 */
final class ProgressMeter {

  private static final Logger LOG = LoggerFactory.getLogger(ProgressMeter.class);
  private static final long QUIET_START_NANOS = 3_000_000_000L;
  private static final long BAR_EVERY_NANOS = 500_000_000L;
  private static final long LOG_EVERY_NANOS = 30_000_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintStream terminal;
  private final CompletableFuture<OptionalLong> total;
  private final long resumed;
  private final long start = System.nanoTime();
  private long lastShown = start;
  private long articles;
  private long tokens;
  private int shownLength;

  /**
   * @param terminal where to draw the bar, or null to log lines instead
   * @param total    how many articles the inputs hold, once known
   * @param resumed  articles an interrupted earlier attempt finished (counted as done, not in the rates)
   */
  ProgressMeter(PrintStream terminal, CompletableFuture<OptionalLong> total, long resumed) {
    this.terminal = terminal;
    this.total = total;
    this.resumed = resumed;
  }

  void advance(long articleTokens) {
    articles++;
    tokens += articleTokens;
    long now = System.nanoTime();
    if (now - start < QUIET_START_NANOS || now - lastShown < (terminal == null ? LOG_EVERY_NANOS : BAR_EVERY_NANOS)) {
      return;
    }
    lastShown = now;
    if (terminal == null) {
      LOG.info("progress: {}", line((now - start) / 1e9, false));
    } else {
      String line = line((now - start) / 1e9, true);
      terminal.print("\r" + line + " ".repeat(Math.max(0, shownLength - line.length())));
      terminal.flush();
      shownLength = line.length();
    }
  }

  /** Clears the bar, so the summary line that follows starts on a clean line. */
  void finish() {
    if (terminal != null && shownLength > 0) {
      terminal.print("\r" + " ".repeat(shownLength) + "\r");
      terminal.flush();
    }
  }

  /** The progress after {@code seconds} of processing, with or without the bar itself. */
  String line(double seconds, boolean bar) {
    double articleRate = articles / seconds;
    long done = resumed + articles;
    long all = total.getNow(OptionalLong.empty()).orElse(-1);
    StringBuilder s = new StringBuilder();
    if (all > 0 && done <= all) {
      if (bar) {
        int filled = (int) (BAR_WIDTH * done / all);
        s.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
      }
      s.append(String.format("%,d/%,d articles (%d%%)", done, all, 100 * done / all));
    } else {
      s.append(String.format("%,d articles", done));
    }
    s.append(String.format(", %.1f articles/s, %,.0f tokens/s", articleRate, tokens / seconds));
    if (all > 0 && done <= all && articleRate > 0) {
      s.append(", ETA ").append(duration((long) ((all - done) / articleRate)));
    }
    return s.toString();
  }

  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return String.format("%dm%02ds", seconds / 60, seconds % 60);
    }
    return String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60);
  }
}

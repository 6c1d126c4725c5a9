package org.dateline.run;

import java.nio.file.Path;

/**
 * What a finished run reports: counts, where the tables are, and where the time went. Counts cover the whole
 * run, including the {@code resumed} articles an interrupted earlier attempt had already finished.
 */
public record RunSummary(long read, long ok, long failed, long tokens, long loadMillis, long processMillis,
                         Path out, long resumed) {

  public RunSummary(long read, long ok, long failed, long tokens, long loadMillis, long processMillis, Path out) {
    this(read, ok, failed, tokens, loadMillis, processMillis, out, 0);
  }

  public double tokensPerSecond() {
    return processMillis == 0 ? 0 : tokens * 1000.0 / processMillis;
  }

  public String describe() {
    String kept = resumed == 0 ? "" : String.format(" (%d of them finished before the interruption)", resumed);
    return String.format("%d articles read%s, %d ok, %d failed; %d tokens at %.0f tokens/s; "
            + "models loaded in %.1f s, articles processed in %.1f s; tables in %s",
        read, kept, ok, failed, tokens, tokensPerSecond(), loadMillis / 1000.0, processMillis / 1000.0, out);
  }
}

package org.dateline.run;

import java.nio.file.Path;

/** What a finished run reports: counts, where the tables are, and where the time went. */
public record RunSummary(long read, long ok, long failed, long tokens, long loadMillis, long processMillis,
                         Path out) {

  public double tokensPerSecond() {
    return processMillis == 0 ? 0 : tokens * 1000.0 / processMillis;
  }

  public String describe() {
    return String.format("%d articles read, %d ok, %d failed; %d tokens at %.0f tokens/s; "
            + "models loaded in %.1f s, articles processed in %.1f s; tables in %s",
        read, ok, failed, tokens, tokensPerSecond(), loadMillis / 1000.0, processMillis / 1000.0, out);
  }
}

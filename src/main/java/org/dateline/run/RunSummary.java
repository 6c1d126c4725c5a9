package org.dateline.run;

import java.nio.file.Path;

/**
 * What a finished run reports: counts, where the tables are, and where the time and memory went. Counts cover the
 * whole run, including the {@code resumed} articles an interrupted earlier attempt had already finished; times and
 * tokens cover only this attempt.
 *
 * @param cpuMillis    CPU time of the whole process while articles were processed (all threads, all stages)
 * @param peakRssBytes the process's peak resident memory, or -1 where the system does not say
 */
public record RunSummary(long read, long ok, long failed, long tokens, long loadMillis, long processMillis,
                         long cpuMillis, long peakRssBytes, Path out, long resumed) {

  public double tokensPerSecond() {
    return processMillis == 0 ? 0 : tokens * 1000.0 / processMillis;
  }

  /** CPU seconds per 1,000 tokens: the cost figure that does not depend on how many cores were busy. */
  public double cpuSecondsPerThousandTokens() {
    return tokens == 0 ? 0 : cpuMillis / (double) tokens;
  }

  public String describe() {
    String kept = resumed == 0 ? "" : String.format(" (%d of them finished before the interruption)", resumed);
    String memory = peakRssBytes < 0 ? "" : String.format("; peak memory %.1f GB", peakRssBytes / 1e9);
    return String.format("%d articles read%s, %d ok, %d failed; %d tokens at %.0f tokens/s, %.2f CPU s per 1,000 "
            + "tokens; models loaded in %.1f s, articles processed in %.1f s%s; tables in %s",
        read, kept, ok, failed, tokens, tokensPerSecond(), cpuSecondsPerThousandTokens(), loadMillis / 1000.0,
        processMillis / 1000.0, memory, out);
  }
}

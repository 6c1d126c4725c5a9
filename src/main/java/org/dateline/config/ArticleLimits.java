package org.dateline.config;

import java.time.Duration;

/**
 * What one article may cost. CoreNLP has no time-out of its own and its memory grows with the text, so a 40 MB
 * forum dump or a pathological input must be cut off here rather than hang or exhaust the run.
 *
 * @param timeLimit longest an article may take; past it the article is marked failed and the run goes on
 * @param maxChars  longer texts are truncated to this many characters (at a paragraph or word break) and
 *                  flagged in the warning column
 */
public record ArticleLimits(Duration timeLimit, int maxChars) {

  /** Generous: a long news article takes seconds; only pathological input comes near five minutes. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofMinutes(5);
  /** About 30,000 words, ten times a long feature article; beyond it a text is rarely one article. */
  public static final int DEFAULT_MAX_CHARS = 200_000;
  public static final ArticleLimits DEFAULT = new ArticleLimits(DEFAULT_TIME_LIMIT, DEFAULT_MAX_CHARS);

  public ArticleLimits {
    if (timeLimit.isNegative() || timeLimit.isZero()) {
      throw new IllegalArgumentException("the article time limit must be positive, not " + timeLimit);
    }
    if (maxChars < 1) {
      throw new IllegalArgumentException("the article length limit must be positive, not " + maxChars);
    }
  }
}

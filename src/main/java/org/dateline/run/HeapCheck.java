package org.dateline.run;

import java.util.function.Supplier;
import org.dateline.config.UsageException;

/**
 * Refuses to start a run whose heap is too small for the models, instead of letting the JVM thrash in garbage
 * collection for minutes and then fail article after article. The figures are the live heap measured after a full
 * collection in the middle of a run (about 0.9 GB for entities, 1.2-1.5 GB with the parser and lexicons; see
 * docs/PERFORMANCE.md) with a third more for garbage, plus room for the articles in flight.
 */
final class HeapCheck {

  static final long MB = 1L << 20;
  /** Tagger, three NER models, SUTime and the regex NER. */
  static final long ENTITIES_MB = 1200;
  /** The dependency parser and our lexicons on top. */
  static final long PARSE_MB = 400;
  /** Annotations of the articles each worker keeps in flight. */
  static final long PER_THREAD_MB = 150;

  private HeapCheck() {
  }

  static long neededMb(boolean parse, int threads) {
    return ENTITIES_MB + (parse ? PARSE_MB : 0) + PER_THREAD_MB * threads;
  }

  /** Throws a usage error (exit 2), before anything loads, when the JVM's maximum heap is below what the run needs. */
  static void require(boolean parse, int threads) {
    require(Runtime.getRuntime().maxMemory(), parse, threads);
  }

  static void require(long max, boolean parse, int threads) {
    long needed = neededMb(parse, threads);
    if (max != Long.MAX_VALUE && max < needed * MB) {
      throw new UsageException(String.format("the Java heap is %d MB but these tables with %d threads need "
          + "about %d MB; start Java with a larger heap, e.g. java -Xmx%dg -jar dateline.jar ... (see README, "
          + "'Time and memory'), or use fewer --threads", max / MB, threads, needed, (needed + 1023) / 1024));
    }
  }

  /** Loads the models; running out of memory while loading gets the same advice instead of a bare error. */
  static <T> T load(Supplier<T> loader) {
    try {
      return loader.get();
    } catch (OutOfMemoryError e) {
      // A usage error (exit 2): the advice is to restart with another -Xmx, and nothing was written.
      throw new UsageException("the Java heap (" + Runtime.getRuntime().maxMemory() / MB + " MB) ran out "
          + "while loading the CoreNLP models; start Java with a larger heap, e.g. java -Xmx4g -jar dateline.jar ...");
    }
  }
}

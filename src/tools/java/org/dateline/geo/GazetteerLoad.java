package org.dateline.geo;

import java.util.Locale;

/**
 * Benchmark: the time and heap the bundled gazetteer takes to load, and a lookup's time. Run with the test class
 * path: {@code java -cp target/classes:target/test-classes:... org.dateline.geo.GazetteerLoad [MODELS_DIR]}.
 */
public final class GazetteerLoad {

  private GazetteerLoad() {
  }

  public static void main(String[] args) {
    Runtime rt = Runtime.getRuntime();
    System.gc();
    long heap0 = rt.totalMemory() - rt.freeMemory();
    long t0 = System.nanoTime();
    Gazetteer g = Gazetteer.shared(args.length > 0 ? args[0] : null);
    long t1 = System.nanoTime();
    System.gc();
    long heap1 = rt.totalMemory() - rt.freeMemory();
    int n = 0;
    for (int i = 0; i < 100_000; i++) {
      n += g.lookup(i % 2 == 0 ? "Springfield" : "Kyiv").size();
    }
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "%d places loaded in %.2f s, %d MB of heap; %.2f µs per lookup (%d)%n", g.size(),
        (t1 - t0) / 1e9, (heap1 - heap0) >> 20, (t2 - t1) / 1e3 / 100_000, n);
  }
}

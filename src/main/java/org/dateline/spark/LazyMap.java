package org.dateline.spark;

import java.util.Iterator;
import java.util.function.Function;

/** A partition's rows mapped one at a time as Spark pulls them, so a partition is never held in memory. */
final class LazyMap {

  private LazyMap() {
  }

  static <A, B> Iterator<B> of(Iterator<A> in, Function<A, B> f) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return in.hasNext();
      }

      @Override
      public B next() {
        return f.apply(in.next());
      }
    };
  }
}

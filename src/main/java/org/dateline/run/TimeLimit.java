package org.dateline.run;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs one piece of work with a deadline, on a thread of its own, because CoreNLP offers no time-out.
 *
 * <p>What happens to abandoned work: on time-out the thread is interrupted and left behind. CoreNLP checks for
 * interruption between annotators ({@code AnnotationPipeline.annotate} throws {@code RuntimeInterruptedException}),
 * so a slow article usually stops when its current annotator finishes; an annotator that never returns keeps
 * its thread (one core and the memory of that one article) busy until it does. Its result is discarded either
 * way, and the thread is a daemon, so it never keeps the JVM from exiting at the end of the run.
 */
final class TimeLimit {

  private TimeLimit() {
  }

  /**
   * The work's result, or {@link TimeoutException} when it took longer than {@code limit}. Errors and runtime
   * exceptions thrown by the work are rethrown unchanged, so callers handle them as if the work ran inline.
   */
  static <T> T call(Supplier<T> work, Duration limit, String threadName) throws TimeoutException {
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread worker = new Thread(task, threadName);
    worker.setDaemon(true);
    worker.start();
    try {
      return task.get(limit.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      task.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + threadName, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}

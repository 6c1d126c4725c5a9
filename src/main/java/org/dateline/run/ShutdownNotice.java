package org.dateline.run;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.config.RunInterrupted;

/**
 * What SIGINT (Ctrl-C) and SIGTERM do to a command-line run: a shutdown hook asks the loop to stop between two
 * articles, waits a few seconds for it to close the tables behind the last finished article, and prints one line
 * saying how to continue. The journal needs no rescue: each finished article is on disk before the next is
 * written, so even a run that does not stop in time resumes exactly. The JVM then exits 130 or 143 by itself.
 */
final class ShutdownNotice implements AutoCloseable {

  /** For runs that are not the process's own (tests, eval): never stops anything. */
  static final ShutdownNotice NONE = new ShutdownNotice(false);

  /** Long enough to finish writing one article's rows; the hook never waits for an article being analysed. */
  private static final long WAIT_SECONDS = 5;

  private final AtomicLong finished = new AtomicLong();
  private final CountDownLatch loopEnded = new CountDownLatch(1);
  private final Thread hook;
  private volatile boolean stopping;
  private volatile boolean looping;

  private ShutdownNotice(boolean install) {
    hook = install ? new Thread(this::onSignal, "dateline-shutdown") : null;
  }

  /** Installs the hook for this run; close it when the run ends, however it ends. */
  static ShutdownNotice install() {
    ShutdownNotice notice = new ShutdownNotice(true);
    Runtime.getRuntime().addShutdownHook(notice.hook);
    return notice;
  }

  /** Articles finished so far over the whole run, resumed ones included: what the notice reports. */
  void finished(long articles) {
    finished.set(articles);
  }

  /** The loop over the articles has begun: from now on a signal waits for it to close the tables. */
  void looping() {
    looping = true;
  }

  /** Throws {@link RunInterrupted} when a signal asked the run to stop; called between articles. */
  void check() {
    if (stopping) {
      throw new RunInterrupted("interrupted after " + finished.get() + " articles");
    }
  }

  private void onSignal() {
    stopping = true;
    try {
      // While the models load there are no tables to close, and nothing to wait for.
      loopEnded.await(looping ? WAIT_SECONDS : 0, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.err.println("dateline: interrupted after " + finished.get() + " articles; run the same command with "
        + "--resume to continue");
    System.err.flush();
  }

  @Override
  public void close() {
    loopEnded.countDown();
    if (hook == null || stopping) {
      return;
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // The JVM is already shutting down: the hook runs and says what happened.
    }
  }
}

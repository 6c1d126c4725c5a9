package org.dateline.run;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Work that never ends is abandoned at its deadline and interrupted; its errors reach the caller unchanged. */
class TimeLimitTest {

  @Test
  void returnsTheResultOfWorkThatFinishes() throws TimeoutException {
    assertEquals("done", TimeLimit.call(() -> "done", Duration.ofMinutes(1), "quick"));
  }

  @Test
  void abandonsWorkThatNeverEndsAndInterruptsIt() throws InterruptedException {
    CountDownLatch interrupted = new CountDownLatch(1);
    AtomicBoolean daemon = new AtomicBoolean();
    assertThrows(TimeoutException.class, () -> TimeLimit.call(() -> {
      daemon.set(Thread.currentThread().isDaemon());
      while (!Thread.currentThread().isInterrupted()) {
        Thread.onSpinWait();
      }
      interrupted.countDown();
      return "never";
    }, Duration.ofMillis(50), "endless"));
    assertTrue(interrupted.await(1, TimeUnit.MINUTES), "the abandoned work was interrupted");
    assertTrue(daemon.get(), "abandoned work must not keep the JVM alive");
  }

  @Test
  void rethrowsRuntimeExceptionsAndErrorsUnchanged() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TimeLimit.call(() -> {
          throw new IllegalStateException("boom");
        }, Duration.ofMinutes(1), "failing"));
    assertEquals("boom", e.getMessage());
    assertThrows(StackOverflowError.class, () -> TimeLimit.call(TimeLimitTest::recurse, Duration.ofMinutes(1), "deep"));
  }

  @Test
  void runsOnAThreadOfItsOwn() throws TimeoutException {
    Thread caller = Thread.currentThread();
    assertFalse(TimeLimit.call(() -> Thread.currentThread() == caller, Duration.ofMinutes(1), "own"));
  }

  private static int recurse() {
    return recurse() + 1;
  }
}

package org.dateline.run;

import org.dateline.config.UsageException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A heap too small for the models is refused up front, with the -Xmx to use instead. */
class HeapCheckTest {

  private static final long GB = 1L << 30;

  @Test
  void tooSmallAHeapIsRefusedWithAdvice() {
    UsageException e = assertThrows(UsageException.class, () -> HeapCheck.require(GB, true, 2));
    assertTrue(e.getMessage().contains("the Java heap is 1024 MB but these tables with 2 threads need about 1900 MB"),
        e.getMessage());
    assertTrue(e.getMessage().contains("java -Xmx2g"), e.getMessage());
  }

  @Test
  void theParserNeedsMoreThanEntitiesAlone() {
    assertDoesNotThrow(() -> HeapCheck.require(2 * GB, true, 2));
    assertDoesNotThrow(() -> HeapCheck.require(3 * GB / 2, false, 2));
    assertThrows(UsageException.class, () -> HeapCheck.require(3 * GB / 2, true, 2));
  }
}

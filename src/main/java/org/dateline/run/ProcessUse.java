package org.dateline.run;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What this process has used so far, as the operating system counts it (for the run summary and benchmarks). */
final class ProcessUse {

  private static final Path STATUS = Path.of("/proc/self/status");

  private ProcessUse() {
  }

  /** CPU time of all the process's threads, or 0 where the JVM cannot tell. */
  static long cpuMillis() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime() / 1_000_000);
    }
    return 0;
  }

  /** Peak resident set size (Linux {@code VmHWM}), or -1 elsewhere. */
  static long peakRssBytes() {
    try {
      List<String> lines = Files.readAllLines(STATUS);
      for (String line : lines) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or /proc not mounted: the summary simply leaves the figure out.
    }
    return -1;
  }
}

package org.dateline.config;

/**
 * The run was stopped by SIGINT or SIGTERM. The shutdown notice has already told the user how to continue, so
 * the CLI prints nothing more; the JVM itself exits with 130 or 143, as shells expect of a signalled process.
 */
public class RunInterrupted extends RuntimeException {

  public RunInterrupted(String message) {
    super(message);
  }
}

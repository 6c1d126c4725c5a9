package org.dateline.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the bundled Wikinews sample articles are: {@code samples/} beside the jar (Maven copies them into
 * {@code target/samples}), else {@code samples/} in the current folder (a checkout of the project).
 */
final class Samples {

  private Samples() {
  }

  static String location() {
    try {
      Path code = Path.of(Samples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path besideJar = code.getParent().resolve("samples");
      if (Files.isDirectory(besideJar)) {
        // Relative to the working folder when possible, so the source column does not depend on the machine.
        Path here = Path.of("").toAbsolutePath();
        return besideJar.startsWith(here) ? here.relativize(besideJar).toString() : besideJar.toString();
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // Unusual class loaders have no file location; fall back to the working folder.
    }
    return "samples";
  }
}

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
        return besideJar.toString();
      }
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      // Unusual class loaders have no file location; fall back to the working folder.
    }
    return "samples";
  }
}

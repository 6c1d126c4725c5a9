package org.dateline.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from the command line (Debian's {@code chromium} package): the page's DOM after its script ran,
 * and screenshots. Tests that need it skip when no Chromium is installed.
 */
public final class Chromium {

  private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
      "/usr/bin/google-chrome");

  private final String binary;

  private Chromium(String binary) {
    this.binary = binary;
  }

  /** The installed Chromium, or the calling test is skipped. */
  public static Chromium require() {
    Optional<String> found = CANDIDATES.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    assumeTrue(found.isPresent(), "no headless Chromium installed (apt-get install chromium)");
    return new Chromium(found.get());
  }

  /** The serialized DOM of {@code page} (with an optional {@code #fragment}) once loaded and scripted. */
  public String dom(Path page, String fragment) throws IOException {
    return run(List.of("--dump-dom", url(page, fragment)));
  }

  public void screenshot(Path page, String fragment, Path png) throws IOException {
    Files.createDirectories(png.getParent());
    run(List.of("--window-size=1280,900", "--screenshot=" + png.toAbsolutePath(), url(page, fragment)));
  }

  private static String url(Path page, String fragment) {
    return page.toAbsolutePath().toUri() + (fragment.isEmpty() ? "" : "#" + fragment);
  }

  private String run(List<String> args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-extensions", "--user-data-dir=" + Files.createTempDirectory("chromium")));
    cmd.addAll(args);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException("chromium failed: " + cmd);
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}

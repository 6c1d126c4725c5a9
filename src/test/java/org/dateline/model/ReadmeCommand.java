package org.dateline.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The spark-submit command of the README's "Running on a cluster" section, taken apart: what spark-submit itself
 * reads (master, main class, --conf) and the arguments it passes on to the application's main. Tests run exactly
 * this, so the README cannot drift from what is tested.
 *
 * @param sparkConf {@code spark.master} and every {@code --conf}, as the Spark configuration they become
 */
record ReadmeCommand(String mainClass, Map<String, String> sparkConf, List<String> appArgs) {

  /** spark-submit options that take a value; the application jar is the first other word. */
  private static final List<String> WITH_VALUE = List.of("--master", "--class", "--conf", "--jars",
      "--driver-memory", "--executor-memory", "--executor-cores", "--num-executors", "--driver-class-path",
      "--deploy-mode", "--name");

  static ReadmeCommand read(Path readme) throws IOException {
    String text = Files.readString(readme);
    int section = text.indexOf("## Running on a cluster");
    int start = text.indexOf("spark-submit ", section);
    int end = text.indexOf("\n\n", start);
    if (section < 0 || start < 0) {
      throw new IllegalStateException(readme + " has no spark-submit command under '## Running on a cluster'");
    }
    List<String> words = Arrays.asList(text.substring(start, end).replace("\\\n", " ").trim().split("\\s+"));
    String mainClass = null;
    Map<String, String> conf = new TreeMap<>();
    for (int i = 1; i < words.size(); i++) {
      String w = words.get(i);
      if (!WITH_VALUE.contains(w)) {
        return new ReadmeCommand(mainClass, conf, new ArrayList<>(words.subList(i + 1, words.size())));
      }
      String value = words.get(++i);
      switch (w) {
        case "--master" -> conf.put("spark.master", value);
        case "--class" -> mainClass = value;
        case "--conf" -> conf.put(value.substring(0, value.indexOf('=')), value.substring(value.indexOf('=') + 1));
        default -> { }
      }
    }
    throw new IllegalStateException("the README's spark-submit command names no application jar");
  }

  /** The application arguments with the value of {@code option} replaced (e.g. --out to a test folder). */
  List<String> argsWith(String option, String value) {
    List<String> args = new ArrayList<>(appArgs);
    args.set(args.indexOf(option) + 1, value);
    return args;
  }
}

package org.dateline.bench;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Benchmark tool (not shipped): where a Dateline run's CPU went, from a Java Flight Recorder file. Each execution
 * sample goes to CoreNLP or to the Dateline package (nlp, input, article, entities, quotes, events, output, run) of
 * the innermost frame of either on its stack, otherwise to "other". Samples taken while CoreNLP builds its pipeline are counted apart as "load" and left out of the
 * shares: they are a fixed cost per run, not per article. Args: FILE.jfr
 */
public final class StageProfile {

  private StageProfile() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, Integer> samples = new TreeMap<>();
    int all = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
        String stage = stage(e);
        samples.merge(stage, 1, Integer::sum);
        all += stage.equals("load") ? 0 : 1;
      }
    }
    int total = all;
    System.out.printf("CPU samples outside model loading: %d (load: %d)%n", total, samples.getOrDefault("load", 0));
    samples.remove("load");
    System.out.printf("%-20s %8s %7s%n", "stage", "samples", "share");
    samples.forEach((stage, n) -> System.out.printf("%-20s %8d %6.1f%%%n", stage, n, 100.0 * n / total));
    int ours = samples.entrySet().stream().filter(s -> s.getKey().startsWith("dateline."))
        .mapToInt(Map.Entry::getValue).sum();
    System.out.printf("%-20s %8d %6.1f%%%n", "dateline (all own)", ours, 100.0 * ours / total);
  }

  private static String stage(RecordedEvent e) {
    for (RecordedFrame f : e.getStackTrace().getFrames()) {
      if (f.getMethod().getName().equals("<init>")
          && f.getMethod().getType().getName().equals("edu.stanford.nlp.pipeline.StanfordCoreNLP")) {
        return "load";
      }
    }
    // The innermost frame of either code base says whose work it is: JDK frames (HashMap, regex) count for their
    // caller, and our own annotator called by CoreNLP's pipeline counts as ours.
    for (RecordedFrame f : e.getStackTrace().getFrames()) {
      String type = f.getMethod().getType().getName();
      if (type.startsWith("edu.stanford.nlp.")) {
        return "corenlp";
      }
      if (type.startsWith("org.dateline.")) {
        String rest = type.substring("org.dateline.".length());
        return "dateline." + rest.substring(0, Math.max(0, rest.indexOf('.')));
      }
    }
    return "other";
  }
}

package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.dateline.input.ArticleInputs;

/**
 * Benchmark tool (not shipped): CPU cost of CoreNLP's entity annotators under each NER configuration of
 * docs/PERFORMANCE.md, on one thread, after a warm-up, in one JVM, so that the configurations compare like with
 * like. Accuracy for the same configurations comes from {@code eval ner|timex --ner-models}. Args: INPUT...
 */
public final class NerConfigCost {

  private static final String BASE = "tokenize,ssplit,pos,lemma,ner";

  private NerConfigCost() {
  }

  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (ArticleInputs inputs = ArticleInputs.open(List.of(args), null)) {
      inputs.forEachRemaining(a -> texts.add(a.text()));
    }
    for (Map.Entry<String, Properties> c : configurations().entrySet()) {
      StanfordCoreNLP nlp = new StanfordCoreNLP(c.getValue());
      texts.subList(0, Math.min(10, texts.size())).forEach(t -> nlp.annotate(new Annotation(t)));
      long cpu0 = threadCpuNanos();
      long tokens = 0;
      for (String t : texts) {
        Annotation a = new Annotation(t);
        nlp.annotate(a);
        tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
      }
      System.out.printf("| %s | %d | %.2f |%n", c.getKey(), tokens, (threadCpuNanos() - cpu0) / 1e6 / tokens);
    }
  }

  private static Map<String, Properties> configurations() {
    Map<String, Properties> c = new LinkedHashMap<>();
    c.put("plain CoreNLP default (3 CRFs, fine-grained TokensRegex)", props(BASE));
    c.put("4-class CRF, fine-grained TokensRegex", props(BASE, "ner.model", CoreNlpConfig.CRF_4CLASS));
    c.put("3-class CRF, fine-grained TokensRegex", props(BASE, "ner.model", CoreNlpConfig.CRF_3CLASS));
    c.put("3-class CRF, no fine-grained", props(BASE, "ner.model", CoreNlpConfig.CRF_3CLASS,
        "ner.applyFineGrained", "false"));
    c.put("Dateline (3 CRFs, fine-grained lookup, news regexner)",
        new CoreNlpConfig(false, CoreNlpConfig.DEFAULT_MODELS, 150, "").properties());
    c.put("Dateline with --ner-models 3-class", new CoreNlpConfig(false, CoreNlpConfig.CRF_3CLASS, 150, "").properties());
    return c;
  }

  private static Properties props(String annotators, String... keyValues) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return p;
  }

  private static long threadCpuNanos() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}

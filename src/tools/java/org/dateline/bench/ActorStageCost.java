package org.dateline.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.dateline.config.ActorFiles;
import org.dateline.config.Options;
import org.dateline.corenlp.CoreNlpAnnotator;
import org.dateline.corenlp.Demonyms;
import org.dateline.doc.Article;
import org.dateline.doc.Doc;
import org.dateline.doc.EntityTable;
import org.dateline.doc.Page;
import org.dateline.entities.EntityExtractor;
import org.dateline.events.ActorDictionary;
import org.dateline.events.EntityActors;
import org.dateline.page.PageSegmenter;
import org.dateline.run.ArticleProcessor;

/**
 * Benchmark tool (not shipped): the CPU the actor stage (issue 13 part 3, {@link EntityActors}) adds per article,
 * against the whole pipeline's CPU for the same articles (every table; the process's CPU, GC and JIT included),
 * after a warm-up; the stage is timed on this thread, averaged over 20 runs per article.
 * Args: NEWS_BENCH.jsonl.gz [ARTICLES].
 */
public final class ActorStageCost {

  private ActorStageCost() {
  }

  public static void main(String[] args) {
    int n = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    List<Article> articles = PathologicalCost.read(args[0], n);
    Options options = Options.DEFAULTS.withoutTimings();
    CoreNlpAnnotator nlp = CoreNlpAnnotator.shared(options);
    ArticleProcessor processor = new ArticleProcessor(nlp, options);
    EntityActors stage = new EntityActors(ActorDictionary.load(null, ActorFiles.BUNDLED));
    EntityExtractor entities = new EntityExtractor(Demonyms.load());
    PageSegmenter segmenter = new PageSegmenter();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    var process = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    processor.process(articles.get(0));
    long pipeline = 0;
    long actors = 0;
    int rounds = 20;
    for (Article a : articles) {
      long t0 = process.getProcessCpuTime();
      processor.process(a);  // on a worker thread of its own (the time limit): the process's CPU
      pipeline += process.getProcessCpuTime() - t0;
      Page page = segmenter.segment(a);
      Doc doc = nlp.annotate(a.withTitle(page.title()), page.segments());
      EntityTable table = entities.extract(doc);
      long t1 = cpu.getCurrentThreadCpuTime();
      for (int r = 0; r < rounds; r++) {
        stage.code(doc, table);
      }
      actors += (cpu.getCurrentThreadCpuTime() - t1) / rounds;
    }
    System.out.printf("%d articles: pipeline %.2f CPU s, actor stage %.4f CPU s (%.3f%%)%n", articles.size(),
        pipeline / 1e9, actors / 1e9, 100.0 * actors / pipeline);
    System.exit(0);
  }
}

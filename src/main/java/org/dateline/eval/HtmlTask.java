package org.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dateline.config.Extraction;
import org.dateline.config.UsageException;
import org.dateline.doc.Article;
import org.dateline.input.ArticleSource;
import org.dateline.input.FileArticles;
import org.dateline.input.ReadableFile;

/**
 * Main-text extraction from web pages, scored with the ScrapingHub article-extraction benchmark's metric
 * ({@link ShingleMetric}) on a folder of {@code ground-truth.json} ({@code {id: {articleBody, url}}}) and
 * {@code pages/<id>.html[.gz]}. The pages are read by the reader {@code extract} uses, so what is scored is the
 * text a user gets in {@code texts/}; no NLP runs, so the figure takes seconds. The benchmark's output format
 * ({@code predictions.json}) is written to the output folder, for its own scorer.
 */
final class HtmlTask implements EvalTask {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** One page of the gold set: its id, the hand-checked article text and the page's URL. */
  record Gold(String id, String body, String url) {
  }

  private final Path dir;
  private final List<Gold> gold = new ArrayList<>();

  HtmlTask(Path dir, int limit) {
    this.dir = dir;
    Path truth = dir.resolve("ground-truth.json");
    if (!Files.isRegularFile(truth)) {
      throw new UsageException("eval html needs a folder with ground-truth.json and pages/: " + truth + " not found");
    }
    try {
      Iterator<Map.Entry<String, JsonNode>> pages = JSON.readTree(truth.toFile()).fields();
      while (pages.hasNext() && (limit <= 0 || gold.size() < limit)) {
        Map.Entry<String, JsonNode> page = pages.next();
        gold.add(new Gold(page.getKey(), page.getValue().path("articleBody").asText(""),
            page.getValue().path("url").asText("")));
      }
    } catch (IOException e) {
      throw new UsageException("cannot read " + truth + ": " + e.getMessage() + "; check that it is the JSON of "
          + "the article-extraction benchmark");
    }
  }

  @Override
  public Set<Extraction> needs() {
    return Set.of(Extraction.ENTITIES);
  }

  @Override
  public List<Article> articles() {
    FileArticles reader = new FileArticles();
    return gold.stream().map(g -> read(reader, g)).toList();
  }

  @Override
  public Report score(Path out, int errors) {
    FileArticles reader = new FileArticles();
    HtmlReport report = new HtmlReport("Dateline main text on " + dir.getFileName() + " (" + gold.size()
        + " pages, the article-extraction benchmark's metric)");
    ObjectNode predictions = JSON.createObjectNode();
    for (Gold g : gold) {
      // CPU time of this thread, not wall time: on a shared machine wall time measures the neighbours.
      long start = CPU.getCurrentThreadCpuTime();
      Article article = read(reader, g);
      long nanos = CPU.getCurrentThreadCpuTime() - start;
      String text = article.readable() ? article.text() : "";
      report.add(g, text, article.error(), nanos);
      predictions.putObject(g.id()).put("articleBody", text);
    }
    try {
      Files.createDirectories(out);
      JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("predictions.json").toFile(),
          JSON.createObjectNode().put("version", "dateline").set("output", predictions));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out.resolve("predictions.json"), e);
    }
    return report.report(errors);
  }

  private Article read(FileArticles reader, Gold g) {
    Path page = PageFile.find(dir, g.id()).orElse(null);
    if (page == null) {
      return Article.unreadable(g.id(), dir.toString(), "no page " + dir.resolve("pages") + "/" + g.id() + ".html");
    }
    try (ArticleSource source = reader.open(ReadableFile.of(page))) {
      return source.hasNext() ? source.next() : Article.unreadable(g.id(), page.toString(), "no article");
    }
  }
}

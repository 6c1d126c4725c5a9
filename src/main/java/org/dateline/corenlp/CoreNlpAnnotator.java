package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dateline.config.Options;
import org.dateline.doc.Article;
import org.dateline.doc.Dependency;
import org.dateline.doc.Doc;
import org.dateline.doc.NameSpan;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

/**
 * The one place that touches CoreNLP's {@link Annotation}: runs a pipeline on an article and copies what
 * downstream stages need into our own records. Thread-safe: CoreNLP's annotate may be called concurrently.
 *
 * <p>{@link #shared} is the only way to obtain one. Loading takes tens of seconds and gigabytes, so a JVM that
 * processes many batches (a Spark executor, the test JVM, eval after extract) must pay it once per configuration;
 * the cache is the one mutable static of the program, and a pipeline is never serialized or shipped anywhere.
 */
public final class CoreNlpAnnotator {

  private static final Map<CoreNlpConfig, CoreNlpAnnotator> LOADED = new ConcurrentHashMap<>();

  private final StanfordCoreNLP pipeline;
  private final CoreNlpConfig config;

  private CoreNlpAnnotator(CoreNlpConfig config) {
    this.config = config;
    this.pipeline = new StanfordCoreNLP(config.properties());
  }

  /**
   * The pipeline these options need, loaded on first use. Threads that ask while it loads wait for it (a second
   * copy would cost another load and its memory); a load that fails is not remembered, so the next call tries again.
   */
  public static CoreNlpAnnotator shared(Options options) {
    return LOADED.computeIfAbsent(CoreNlpConfig.of(options), CoreNlpAnnotator::new);
  }

  /** Whether it runs the dependency parser, which quotes and events need. */
  public boolean parses() {
    return config.parse();
  }

  /** The CoreNLP annotators it runs, for reports. */
  public String annotators() {
    return config.annotators();
  }

  public Doc annotate(Article article, List<Segment> segments) {
    Annotation ann = new Annotation(NlpText.of(article.text(), segments));
    if (!article.published().isEmpty()) {
      // The docDate property is silently ignored by CoreNLP 4.5.10; the per-document annotation works.
      ann.set(CoreAnnotations.DocDateAnnotation.class, article.published());
    }
    pipeline.annotate(ann);
    Integer cut = ann.get(SentenceCutAnnotator.CutSentences.class);
    Article told = cut == null || cut == 0 ? article : article.withWarning(cut + " sentence(s) longer than "
        + config.maxSentenceTokens() + " tokens were analysed in pieces (--max-sentence-tokens)");
    return convert(told, segments, ann);
  }

  private static Doc convert(Article article, List<Segment> segments, Annotation ann) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      int sentenceIndex = sentences.size();
      int first = tokens.size();
      List<Token> own = new ArrayList<>();
      for (CoreLabel t : s.get(CoreAnnotations.TokensAnnotation.class)) {
        Token token = new Token(tokens.size(), sentenceIndex, t.word(), t.lemma(), t.tag(), t.ner(),
            t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class), t.beginPosition(), t.endPosition());
        tokens.add(token);
        own.add(token);
      }
      if (own.isEmpty()) {
        continue;
      }
      int start = own.get(0).start();
      int end = own.get(own.size() - 1).end();
      sentences.add(new Sentence(sentenceIndex, start, end, sectionAt(segments, start), own,
          dependencies(s, first)));
    }
    List<NameSpan> spans = new ArrayList<>();
    List<CoreMap> mentions = ann.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions != null) {
      for (CoreMap m : mentions) {
        List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
        if (mt == null || mt.isEmpty()) {
          continue;
        }
        int tokenStart = mt.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
        Token firstToken = tokens.get(tokenStart);
        spans.add(new NameSpan(m.get(CoreAnnotations.TextAnnotation.class),
            m.get(CoreAnnotations.NamedEntityTagAnnotation.class),
            m.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
            m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
            tokenStart, tokenStart + mt.size(), firstToken.sentence()));
      }
    }
    return new Doc(article, sentences, tokens, spans);
  }

  private static List<Dependency> dependencies(CoreMap sentence, int firstToken) {
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> deps = new ArrayList<>();
    graph.getRoots().forEach(r -> deps.add(new Dependency(-1, firstToken + r.index() - 1, "root")));
    for (SemanticGraphEdge e : graph.edgeIterable()) {
      deps.add(new Dependency(firstToken + e.getGovernor().index() - 1,
          firstToken + e.getDependent().index() - 1, e.getRelation().toString()));
    }
    return deps;
  }

  private static Section sectionAt(List<Segment> segments, int offset) {
    Section found = Section.BODY;
    for (Segment s : segments) {
      if (s.start() > offset) {
        break;
      }
      found = s.section();
    }
    return found;
  }
}

package org.dateline.corenlp;

import org.dateline.doc.Dependency;
import org.dateline.doc.Doc;
import org.dateline.doc.NameSpan;
import org.dateline.doc.Sentence;
import org.dateline.doc.Token;

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
import org.dateline.doc.Article;
import org.dateline.doc.Section;
import org.dateline.doc.Segment;

/**
 * The one place that touches CoreNLP's {@link Annotation}: runs the shared pipeline on an article and copies
 * what downstream stages need into our own records. Thread-safe: CoreNLP's annotate may be called concurrently.
 */
public final class CoreNlpAnnotator {

  private final StanfordCoreNLP pipeline;
  private final NlpSettings settings;

  public CoreNlpAnnotator(NlpSettings settings) {
    this.settings = settings;
    this.pipeline = new StanfordCoreNLP(settings.properties());
  }

  public NlpSettings settings() {
    return settings;
  }

  public Doc annotate(Article article, List<Segment> segments) {
    Annotation ann = new Annotation(NlpText.of(article.text(), segments));
    if (!article.published().isEmpty()) {
      // The docDate property is silently ignored by CoreNLP 4.5.10; the per-document annotation works.
      ann.set(CoreAnnotations.DocDateAnnotation.class, article.published());
    }
    pipeline.annotate(ann);
    return convert(article, segments, ann);
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

package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's fine-grained NER labels (TITLE, NATIONALITY, COUNTRY, ...) from its own gazetteers, by dictionary
 * lookup. CoreNLP applies the same gazetteers through its TokensRegex matcher, which took about two thirds of the
 * CPU time of the whole entities pipeline (docs/PERFORMANCE.md); a lookup keyed on the first word gives the same
 * labels for a small fraction of it (on the bundled samples all six tables come out byte-identical). The rules
 * are TokensRegexNER's (see {@link #mayOverwrite}): at each position the entry with the highest priority wins, then
 * the longest, and it needs a noun or adjective among its words. Runs after {@code ner} and before
 * {@code entitymentions}, so mentions
 * are built from the final labels as CoreNLP's own fine-grained step does.
 */
public final class FineGrainedAnnotator implements Annotator {

  private static final Set<String> BACKGROUND = Set.of("O", "MISC");

  private final FineGrainedGazetteer gazetteer = FineGrainedGazetteer.Holder.INSTANCE;

  /** The signature CoreNLP's {@code customAnnotatorClass} needs. */
  public FineGrainedAnnotator(String name, Properties props) {
  }

  @Override
  public void annotate(Annotation annotation) {
    for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
      label(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  void label(List<CoreLabel> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      FineGrainedGazetteer.Entry best = null;
      for (FineGrainedGazetteer.Entry e : gazetteer.startingWith(tokens.get(i).word())) {
        if ((best == null || e.priority() > best.priority()) && wordsMatch(e, tokens, i)) {
          best = e;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int end = i + best.words().length;
      // As in TokensRegexNER, the chosen match is checked afterwards, and a rejected one still uses up its tokens.
      if (hasNounOrAdjective(tokens, i, end) && mayOverwrite(best, tokens, i, end)) {
        for (int k = i; k < end; k++) {
          tokens.get(k).setNER(best.label());
          tokens.get(k).set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, best.label());
        }
      }
      i = end;
    }
  }

  private static boolean wordsMatch(FineGrainedGazetteer.Entry e, List<CoreLabel> tokens, int at) {
    if (at + e.words().length > tokens.size()) {
      return false;
    }
    for (int k = 0; k < e.words().length; k++) {
      String word = tokens.get(at + k).word();
      if (!e.words()[k].equals(e.caseless() ? word.toLowerCase(Locale.ROOT) : word)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNounOrAdjective(List<CoreLabel> tokens, int start, int end) {
    for (int k = start; k < end; k++) {
      String tag = tokens.get(k).tag();
      if (tag != null && (tag.startsWith("NN") || tag.startsWith("JJ"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * TokensRegexNER's rule: a run of LOCATION tokens may always be refined; a phrase must not cut through a name that
   * goes on before or after it; a phrase over mixed labels replaces them; over one label, it replaces it when the
   * entry lists it, or when it is unlabelled or fine-grained already (never for CITY: a city name only refines).
   */
  private boolean mayOverwrite(FineGrainedGazetteer.Entry e, List<CoreLabel> tokens, int start, int end) {
    if (tokens.subList(start, end).stream().allMatch(t -> "LOCATION".equals(t.ner()))) {
      return true;
    }
    String first = tokens.get(start).ner();
    String last = tokens.get(end - 1).ner();
    if (!ours(first) && start > 0 && first.equals(tokens.get(start - 1).ner())
        || !ours(last) && end < tokens.size() && last.equals(tokens.get(end).ner())) {
      return false;
    }
    if (first == null) {
      return true;
    }
    for (int k = start + 1; k < end; k++) {
      if (!first.equals(tokens.get(k).ner())) {
        return true;
      }
    }
    return e.overwrites().contains(first) || !e.label().equals("CITY") && ours(first);
  }

  /** Labels this step may always replace: none, background, or one of its own. */
  private boolean ours(String ner) {
    return ner == null || BACKGROUND.contains(ner) || gazetteer.labels().contains(ner);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
  }
}

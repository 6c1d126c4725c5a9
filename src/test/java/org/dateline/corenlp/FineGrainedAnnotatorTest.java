package org.dateline.corenlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The gazetteer lookup follows CoreNLP's TokensRegexNER rules, on hand-built tokens (word/POS/NER triples); the
 * gazetteers themselves come from the CoreNLP models jar on the test classpath.
 */
class FineGrainedAnnotatorTest {

  private static final FineGrainedAnnotator FINE = new FineGrainedAnnotator("finener", new Properties());

  private static String labels(String... wordTagNer) {
    List<CoreLabel> tokens = new ArrayList<>();
    for (String t : wordTagNer) {
      String[] f = t.split("/");
      CoreLabel label = new CoreLabel();
      label.setWord(f[0]);
      label.setTag(f[1]);
      label.setNER(f[2]);
      tokens.add(label);
    }
    FINE.label(tokens);
    return String.join(" ", tokens.stream().map(CoreLabel::ner).toList());
  }

  @Test
  void unlabelledWordsGetNationalityAndTitle() {
    assertEquals("O NATIONALITY TITLE", labels("the/DT/O", "Ukrainian/JJ/O", "president/NN/O"));
  }

  @Test
  void aPhraseOverMixedLabelsReplacesThem() {
    assertEquals("TITLE TITLE PERSON", labels("Interior/NNP/ORGANIZATION", "Minister/NNP/O", "Brudzinski/NNP/PERSON"));
  }

  @Test
  void aPhraseNeverCutsThroughALongerName() {
    assertEquals("PERSON PERSON O", labels("George/NNP/PERSON", "Washington/NNP/PERSON", "said/VBD/O"));
  }

  @Test
  void placesAreRefinedButCitiesOnlyWhereTheCrfSawAPlace() {
    assertEquals("O STATE_OR_PROVINCE", labels("in/IN/O", "Washington/NNP/LOCATION"));
    assertEquals("O CITY", labels("in/IN/O", "Sydney/NNP/LOCATION"));
    assertEquals("O O", labels("in/IN/O", "sydney/NN/O"));
  }

  @Test
  void aPhraseNeedsANounOrAdjective() {
    assertEquals("O", labels("president/VB/O"));
  }
}

package org.dateline.corenlp;

import java.util.List;
import java.util.Properties;
import org.dateline.config.Options;

/**
 * The part of the {@link Options} that decides how CoreNLP is built: one loaded pipeline per distinct value
 * (a record, so equal options share a pipeline).
 *
 * @param parse             run the dependency parser (quotes and events need it; entities alone do not)
 * @param nerModels         comma-separated CRF model paths for {@code ner.model}
 * @param maxSentenceTokens longer sentences are cut into pieces of at most this many tokens (keeps time and memory bounded)
 * @param modelsDir         folder with our own lexicons, or empty for the copy bundled in the jar
 */
record CoreNlpConfig(boolean parse, String nerModels, int maxSentenceTokens, String modelsDir) {

  static final String CRF_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
  static final String CRF_7CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
  static final String CRF_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
  /** CoreNLP's default three CRFs: the 4-class one adds MISC ("the Internet"), which events use as parties. */
  static final String DEFAULT_MODELS = CRF_3CLASS + "," + CRF_7CLASS + "," + CRF_4CLASS;

  static CoreNlpConfig of(Options o) {
    List<String> models = o.nerModels();
    return new CoreNlpConfig(o.needsParse(), models.isEmpty() ? DEFAULT_MODELS : String.join(",", models),
        o.maxSentenceTokens(), o.modelsDir());
  }

  /**
   * {@code cutsplit} is {@link SentenceCutAnnotator}: every later annotator sees sentences of at most
   * {@code maxSentenceTokens} tokens. {@code finener} is {@link FineGrainedAnnotator}, in place of CoreNLP's own fine-grained step. */
  String annotators() {
    String entities = "tokenize,ssplit,cutsplit,pos,lemma,ner,finener,entitymentions";
    return parse ? entities + ",depparse" : entities;
  }

  /** A lexicon path: a file under {@code modelsDir}, else the classpath copy (CoreNLP reads both). */
  private String model(String relative) {
    return modelsDir.isEmpty() ? "models/" + relative : modelsDir + "/" + relative;
  }

  Properties properties() {
    Properties p = new Properties();
    p.setProperty("annotators", annotators());
    // NlpText leaves only real breaks as newlines: paragraphs, headlines and captions never merge.
    p.setProperty("ssplit.newlineIsSentenceBreak", "always");
    p.setProperty("ner.model", nerModels);
    // Fine-grained labels come from FineGrainedAnnotator, and mentions are built after it, from the final labels.
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("customAnnotatorClass.finener", FineGrainedAnnotator.class.getName());
    p.setProperty("ner.additional.regexner.mapping", model("ner/news-organizations.tsv"));
    p.setProperty("customAnnotatorClass.cutsplit", SentenceCutAnnotator.class.getName());
    p.setProperty("cutsplit.maxTokens", Integer.toString(maxSentenceTokens));
    // Never reached after cutsplit; kept as a second guard should an annotator be added before it.
    p.setProperty("pos.maxlen", Integer.toString(maxSentenceTokens));
    p.setProperty("ner.maxSentenceLength", Integer.toString(maxSentenceTokens));
    p.setProperty("depparse.maxlen", Integer.toString(maxSentenceTokens));
    return p;
  }
}

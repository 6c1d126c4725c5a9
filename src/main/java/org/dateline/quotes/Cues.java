package org.dateline.quotes;

import java.util.Set;

/**
 * The words that introduce attributed content. Verbs of speech come first; verbs of thought and belief are
 * included because news attributes opinions the same way ("Trump believes that ...") and PolNeAR annotates them.
 */
final class Cues {

  /** The dashes that close a dateline ("WASHINGTON — ...") or open a signature line ("- Bernie Sanders."). */
  static final Set<String> DASHES = Set.of("-", "—", "–", "--");

  /** Finite verb tags without the modal: a verb that can take its own subject and be a cue. */
  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /** Verbs whose clausal complement is reported speech or thought. */
  static final Set<String> VERBS = words(
      "say tell add state claim argue insist explain note write announce declare warn pledge promise vow "
      + "deny suggest hint acknowledge admit assert contend maintain report reply respond ask urge "
      + "predict stress emphasize remark comment complain charge allege concede confirm recall observe "
      + "describe believe think tweet testify indicate reveal signal accuse caution estimate speculate "
      + "worry fear hope expect feel agree conclude recommend propose demand wonder joke quip boast brag "
      + "lament mention reiterate counter retort guess suspect doubt assume imply forecast reason "
      + "post show point blast slam mock criticize praise question insinuate recount scoff snap shout "
      + "cry whisper muse threaten proclaim assure reassure inform remind convince persuade concur figure "
      + "understand learn find realize decide call rule exclaim yell scream confess interject "
      + "anticipate protest posit theorize opine affirm reaffirm surmise infer notice discover determine prove "
      + "demonstrate confide swear bet bemoan grumble gripe regret advise counsel instruct guarantee calculate "
      + "reckon suppose presume imagine envision inquire elaborate clarify specify");

  /** Verbs that introduce a quoted statement right after them ("He added, ..."); naming verbs do not. */
  static final Set<String> SPEECH = words(
      "say tell add state claim argue insist explain note write announce declare warn reply respond answer "
      + "ask conclude continue shout chant tweet post joke quip remark comment complain recall testify "
      + "begin read yell scream exclaim whisper mutter concede admit acknowledge interrupt interject confess");

  /** Verbs of saying whose content may follow without a parsed clause ("said — on Twitter — that ..."). */
  static final Set<String> SAY = words(
      "say tell add claim argue insist explain note write state announce declare warn report suggest predict "
      + "acknowledge admit concede confirm reply respond answer stress emphasize imply indicate reveal "
      + "remind assure reassure promise");

  /** Verbs of belief (Levin 29.5) that close a sentence as "say" does: "..., his team believes." */
  static final Set<String> BELIEF = words("believe think feel suspect reckon figure guess suppose presume assume");

  /** Verbs of evidence that close a sentence as "say" does: "..., the records show." */
  static final Set<String> EVIDENCE = words("show find");

  /** Verbs whose object (and what completes it) is the content: criticism, praise, support, naming. */
  static final Set<String> OBJECT_VERBS = words(
      "describe call deny label dub want show thank mention discuss defend praise criticize attack back propose "
      + "disavow confirm announce oppose reject dismiss blast slam highlight tout question condemn applaud "
      + "acknowledge admit cite predict demand request recommend deplore denounce tweet disclose recognize accuse "
      + "mock note endorse support express seek consider view see portray welcome hail laud decry assail lambaste "
      + "rebuke scold fault ridicule deride dispute contest echo embrace favor prefer champion promote quote "
      + "emphasize stress underscore reiterate recount detail outline unveil float pitch trumpet justify clarify "
      + "disown renounce refute rebut debunk doubt contradict characterize depict paint brand term deem regard "
      + "rate list identify forecast project anticipate fear lash rip pan knock bash trash "
      + "skewer hammer needle jab taunt compliment commend salute mourn lament regret credit charge beg recall "
      + "explain "
      // Verbs of judgment (VerbNet class 33) that the list above lacked; "lambast" is CoreNLP's lemma of
      // "lambasted".
      + "blame chide lambast castigate berate admonish chastise excoriate vilify disparage belittle reprimand "
      + "censure reproach upbraid congratulate extol");

  /** Verbs whose prepositional object is the topic of what was said ("talked about the economy"). */
  static final Set<String> TOPIC_VERBS = words(
      "accuse talk warn complain write ask focus comment argue call testify tweet boast brag joke campaign "
      + "rail lash push press weigh apologize advocate lobby lie worry refer allude point object reply vote respond");

  /** Prepositions that introduce such a topic. */
  static final Set<String> TOPIC_CASES = words("about on for against of over");

  /** Topic verbs whose topic may come with "to" ("referred to the tape", "pointed to the polls"). */
  static final Set<String> TOPIC_TO = words("refer allude point object reply respond");

  /** Verbs whose to-infinitive is the promised, sought or demanded content ("pledged to refrain"). */
  static final Set<String> INFINITIVE_VERBS = words(
      "pledge promise vow threaten urge ask tell warn refuse demand want plan intend hope expect agree offer "
      + "decline seek aim prefer wish encourage press push beg plead order persuade convince vote "
      + "decide");

  /** Verbs of persuading: the one persuaded is no part of the content ("persuaded X to lower tariffs"). */
  static final Set<String> PERSUADE = words("persuade convince");

  /** Verbs of asking, whose if/whether-clause is the question. */
  static final Set<String> QUESTIONS = words("ask wonder question inquire");

  /** Verbs of appearance: "X seems to Y" is the writer's impression, attributed to nobody in particular. */
  static final Set<String> APPEARANCE = words("seem appear");

  /** Nouns whose that-clause is attributed content to their possessor ("Ushakov's statement that ..."). */
  static final Set<String> NOUNS = words(
      "statement claim assertion announcement warning promise pledge argument suggestion comment remark "
      + "insistence admission accusation allegation belief view contention charge denial assurance "
      + "prediction hope fear message proposal vow threat testimony report complaint concern idea position "
      + "explanation notion insinuation speculation suspicion");

  /** Verbs of criticism whose first sense is physical: a cue only with a subject that can speak. */
  static final Set<String> PHYSICAL = words(
      "attack hit blast slam hammer rip bash knock trash lash jab needle pan skewer");

  /** Verbs of naming: their for-phrase is a namesake, and after an indefinite noun they only name it. */
  static final Set<String> NAMING = words("name call dub label brand bill");

  /** Verbs that reply to a statement only with "back" ("shot back", "fired back", "hit back"). */
  static final Set<String> RETORTS = words("shoot fire hit snap strike");

  /** Verbs that introduce a statement only with their particle ("pointed out"); alone they name a topic. */
  static final Set<String> NEEDS_PARTICLE = words(
      "point");

  /**
   * Particles that make a cue another verb: "called off the deal", "added up to", "showed up", "backed up their
   * endorsements with manpower" cancel, total, arrive and reinforce; none reports what someone said or thinks.
   */
  static final Set<String> OTHER_SENSE = words("off up down away");

  private Cues() {
  }

  private static Set<String> words(String spaced) {
    return Set.of(spaced.trim().split(" +"));
  }

  /** Whether a verb lemma is a cue of reported content (the verbs that only open a direct quote are not). */
  static boolean isCue(String lemma) {
    return VERBS.contains(lemma) || OBJECT_VERBS.contains(lemma) || INFINITIVE_VERBS.contains(lemma)
        || TOPIC_VERBS.contains(lemma) || APPEARANCE.contains(lemma);
  }

  static boolean isSpeechVerb(String lemma, String pos) {
    return pos.startsWith("VB") && (VERBS.contains(lemma) || SPEECH.contains(lemma));
  }
}

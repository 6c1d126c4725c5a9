package org.dateline.doc;


/**
 * One coded event, as written to events.csv. Offsets are Java char offsets into the article text (the writer turns
 * them into code points); every text field is empty, never null, when there is nothing to say. {@code confidence} is
 * the precision the coding rule measured on the development sets (NaN when unmeasured: an empty cell); {@code
 * actId} the id of the first row of the same act (empty: this row's own, see {@link #act()}).
 */
public record Event(String eventId, int sentence, String trigger, String triggerLemma, int triggerStart,
                   int triggerEnd, Coding coding, Participant actor, Participant target, Participant location,
                   String date, String dateText, String dateSource, boolean negated, String modality,
                   String quoteId, String rule, Section section, String evidence, double confidence, String actId) {

  public static final String DATE_FROM_TEXT = "text";
  public static final String DATE_PUBLISHED = "published";

  /** An event whose rule has no measured precision: its {@code confidence} cell is empty. */
  public Event(String eventId, int sentence, String trigger, String triggerLemma, int triggerStart, int triggerEnd,
               Coding coding, Participant actor, Participant target, Participant location, String date,
               String dateText, String dateSource, boolean negated, String modality, String quoteId, String rule,
               Section section, String evidence) {
    this(eventId, sentence, trigger, triggerLemma, triggerStart, triggerEnd, coding, actor, target, location, date,
        dateText, dateSource, negated, modality, quoteId, rule, section, evidence, Double.NaN, "");
  }

  /** An event that is its own act ({@code actId} empty), with the rule's measured precision. */
  public Event(String eventId, int sentence, String trigger, String triggerLemma, int triggerStart, int triggerEnd,
               Coding coding, Participant actor, Participant target, Participant location, String date,
               String dateText, String dateSource, boolean negated, String modality, String quoteId, String rule,
               Section section, String evidence, double confidence) {
    this(eventId, sentence, trigger, triggerLemma, triggerStart, triggerEnd, coding, actor, target, location, date,
        dateText, dateSource, negated, modality, quoteId, rule, section, evidence, confidence, "");
  }

  /**
   * Copy with an article-wide id, the quote it lies in and the act it codes: the id of the act's first row ({@code
   * act} equal to {@code id} for that row).
   */
  public Event withIds(String id, String quote, String act) {
    return new Event(id, sentence, trigger, triggerLemma, triggerStart, triggerEnd, coding, actor, target, location,
        date, dateText, dateSource, negated, modality, quote, rule, section, evidence, confidence, act);
  }

  /**
   * The {@code event_id} of the first row of the act this row codes. One act of several parties is one row per
   * actor-target pair (GDELT's dyads: "X and Y signed a treaty" is X to Y and Y to X); its rows share this id, so
   * the act can be counted once, as PLOVER counts it. A row that is its own act has its own id.
   */
  public String act() {
    return actId.isEmpty() ? eventId : actId;
  }

  /** Whether this row is the first (or only) row of its act: the row that counts when acts are counted once. */
  public boolean firstOfAct() {
    return act().equals(eventId);
  }
}

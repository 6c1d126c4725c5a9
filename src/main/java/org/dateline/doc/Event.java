package org.dateline.doc;


/**
 * One coded event, as written to events.csv. Offsets are Java char offsets into the article text (the writer turns
 * them into code points); every text field is empty, never null, when there is nothing to say. {@code confidence} is
 * the precision the coding rule measured on the development sets (NaN when unmeasured: an empty cell).
 */
public record Event(String eventId, int sentence, String trigger, String triggerLemma, int triggerStart,
                   int triggerEnd, Coding coding, Participant actor, Participant target, Participant location,
                   String date, String dateText, String dateSource, boolean negated, String modality,
                   String quoteId, String rule, Section section, String evidence, double confidence) {

  public static final String DATE_FROM_TEXT = "text";
  public static final String DATE_PUBLISHED = "published";

  /** An event whose rule has no measured precision: its {@code confidence} cell is empty. */
  public Event(String eventId, int sentence, String trigger, String triggerLemma, int triggerStart, int triggerEnd,
               Coding coding, Participant actor, Participant target, Participant location, String date,
               String dateText, String dateSource, boolean negated, String modality, String quoteId, String rule,
               Section section, String evidence) {
    this(eventId, sentence, trigger, triggerLemma, triggerStart, triggerEnd, coding, actor, target, location, date,
        dateText, dateSource, negated, modality, quoteId, rule, section, evidence, Double.NaN);
  }

  /** Copy with an article-wide id and the quote it lies in. */
  public Event withIdAndQuote(String id, String quote) {
    return new Event(id, sentence, trigger, triggerLemma, triggerStart, triggerEnd, coding, actor, target, location,
        date, dateText, dateSource, negated, modality, quote, rule, section, evidence, confidence);
  }
}

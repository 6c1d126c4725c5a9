package org.dateline.doc;


/**
 * One coded event, as written to events.csv. Offsets are Java char offsets into the article text (the writer turns
 * them into code points); every text field is empty, never null, when there is nothing to say.
 */
public record Event(String eventId, int sentence, String trigger, String triggerLemma, int triggerStart,
                   int triggerEnd, Coding coding, Participant actor, Participant target, Participant location,
                   String date, String dateText, String dateSource, boolean negated, String modality,
                   String quoteId, String rule, Section section, String evidence) {

  public static final String DATE_FROM_TEXT = "text";
  public static final String DATE_PUBLISHED = "published";

  /** Copy with an article-wide id and the quote it lies in. */
  public Event withIdAndQuote(String id, String quote) {
    return new Event(id, sentence, trigger, triggerLemma, triggerStart, triggerEnd, coding, actor, target, location,
        date, dateText, dateSource, negated, modality, quote, rule, section, evidence);
  }
}

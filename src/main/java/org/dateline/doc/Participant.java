package org.dateline.doc;


/**
 * An actor, target or location of an event: the words as written, the article entity they resolve to, and for
 * actors and targets the CAMEO actor code (the events stage codes it).
 *
 * @param text     the phrase as written ("the Ukrainian president"); empty when the role is not filled
 * @param head     document-wide index of the phrase's head token, or -1
 * @param entityId the entity in entities.csv, or empty
 * @param name     that entity's name ("Volodymyr Zelensky"), or empty
 * @param code     CAMEO actor code ("UKRGOV", "---GOV"), or empty when nothing is known or for a location
 */
public record Participant(String text, int head, String entityId, String name, String code) {

  public static final Participant NONE = new Participant("", -1, "", "", "");

  public boolean isEmpty() {
    return head < 0;
  }

  public Participant withCode(String actorCode) {
    return new Participant(text, head, entityId, name, actorCode);
  }
}

package org.dateline.events;

/**
 * An actor, target or location of an event: the words as written, and the article entity they resolve to.
 *
 * @param text     the phrase as written ("the Ukrainian president"); empty when the role is not filled
 * @param head     document-wide index of the phrase's head token, or -1
 * @param entityId the entity in entities.csv, or empty
 * @param name     that entity's name ("Volodymyr Zelensky"), or empty
 */
public record Participant(String text, int head, String entityId, String name) {

  public static final Participant NONE = new Participant("", -1, "", "");

  public boolean isEmpty() {
    return head < 0;
  }
}

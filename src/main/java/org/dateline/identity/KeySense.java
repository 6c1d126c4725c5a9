package org.dateline.identity;

/**
 * A qualifier an article's key may carry after the name when the name stands for something else than what it
 * usually names: "LOCATION:norway (team)" is the team the entity stage found named by its place in a match report.
 * Resolution joins such a key only with keys of the same sense, so the team never joins the country.
 */
public final class KeySense {

  /** The sense of a place's name that is the team of that place. */
  public static final String TEAM = " (team)";

  private KeySense() {
  }

  /** The sense qualifier {@code key} ends with, or "" for a name in its usual sense. */
  static String of(String key) {
    return key.endsWith(TEAM) ? TEAM : "";
  }
}

package org.dateline.doc;

import java.util.Locale;

/** The part of a news page a piece of text belongs to. Only {@link #CHROME} is kept away from NLP. */
public enum Section {
  HEADLINE, BODY, CAPTION, BYLINE, BIO, CHROME;

  /** The lower-case name written in the tables. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

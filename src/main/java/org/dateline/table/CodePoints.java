package org.dateline.table;

/**
 * Converts Java char offsets into Unicode code point offsets (what Python's {@code text[start:end]} uses).
 * Walks from the last position asked for, so converting a document's offsets in text order costs one pass.
 */
final class CodePoints {

  private final String text;
  private int charPos;
  private int cpPos;

  CodePoints(String text) {
    this.text = text;
  }

  int of(int charOffset) {
    if (charOffset < charPos) {
      charPos = 0;
      cpPos = 0;
    }
    cpPos += text.codePointCount(charPos, charOffset);
    charPos = charOffset;
    return cpPos;
  }
}

package org.dateline.input;

/**
 * The text of a one-article file and what the user should know about how its bytes were read.
 *
 * @param text    the decoded text, without any byte-order mark
 * @param warning how the bytes were decoded when it was not plain UTF-8 (empty otherwise)
 * @param binary  the bytes are not text at all (NUL bytes); {@code text} is then meaningless
 */
record DecodedText(String text, String warning, boolean binary) {

  String binaryReason(String source) {
    return "not a text file: " + source + " contains NUL bytes, so it looks binary; Dateline reads UTF-8, "
        + "UTF-16 (with byte-order mark) or Windows-1252 text";
  }
}

package org.dateline.input;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 decoding that never fails: real-world corpora contain stray Latin-1 bytes and Windows BOMs, and one
 * bad byte must not cost the whole article. Malformed bytes become U+FFFD; a leading BOM is dropped so it does
 * not end up in the first id, header name or headline.
 */
final class Utf8Text {

  private static final char BOM = '\uFEFF';

  private Utf8Text() {
  }

  static String decode(byte[] bytes) {
    try {
      return stripBom(lenientDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      // Cannot happen with REPLACE actions; kept as an assertion of that.
      throw new IllegalStateException(e);
    }
  }

  /**
   * A buffered reader over the stream, lenient and without the BOM; closing it closes the stream. A UTF-16
   * byte-order mark (what Windows editors write for "Unicode") switches to UTF-16, so such exports read too.
   */
  static BufferedReader reader(InputStream in) throws IOException {
    BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
    bytes.mark(2);
    int b0 = bytes.read();
    int b1 = bytes.read();
    Charset utf16 = b0 == 0xFF && b1 == 0xFE ? StandardCharsets.UTF_16LE
        : b0 == 0xFE && b1 == 0xFF ? StandardCharsets.UTF_16BE : null;
    if (utf16 == null) {
      bytes.reset();
    }
    CharsetDecoder decoder = utf16 == null ? lenientDecoder() : utf16.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
    reader.mark(1);
    int first = reader.read();
    if (first != BOM && first != -1) {
      reader.reset();
    }
    return reader;
  }

  /**
   * Streams are decoded leniently on the fly, so a replaced byte can no longer be told from a U+FFFD the input
   * really held; the warning says both.
   */
  static String replacementWarning(String text) {
    long n = text.chars().filter(c -> c == '\uFFFD').count();
    return n == 0 ? "" : "text holds " + n + " U+FFFD replacement character(s): invalid UTF-8 in the input "
        + "was replaced, or the input already contained them";
  }

  static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
  }

  private static CharsetDecoder lenientDecoder() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }
}
